using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Files;

namespace Urbis.Web.Platform.Mail;

/// <summary>
/// Delivers due outbox messages. Several web nodes may run it at once: a node first claims a
/// message by moving its lock forward in one conditional UPDATE, so each message leaves once.
/// Failures are retried with growing delays (<see cref="MailOptions.RetryDelays"/>).
/// </summary>
internal sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger)
{
    private static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(2);
    private const int BatchSize = 20;

    /// <summary>Sends every message that is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var batch = await ClaimAsync(db, cancellationToken);
            if (batch.Count == 0)
            {
                return sent;
            }

            var attachments = await AttachmentsAsync(db, batch, cancellationToken);
            foreach (var message in batch)
            {
                sent += await DeliverAsync(db, message, attachments[message.Id], cancellationToken) ? 1 : 0;
            }
        }

        return sent;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var claimed = new List<Guid>();
        var until = now + LockDuration;
        foreach (var id in candidates)
        {
            var rows = await db.Set<OutboxMessage>()
                .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.LockedUntil, until), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }

        return await db.Set<OutboxMessage>().Where(m => claimed.Contains(m.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The files of the whole batch in one query: an annual run queues thousands of messages with a
    /// PDF each, and one query per message made the run's mail as many round trips. A batch holds
    /// at most <see cref="BatchSize"/> messages, so its files fit in memory (invoice PDFs are small).
    /// </summary>
    private static async Task<ILookup<Guid, Attachment>> AttachmentsAsync(AppDbContext db, List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(m => m.Id).ToList();
        var rows = await (from a in db.Set<OutboxAttachment>().AsNoTracking()
                          where ids.Contains(a.MessageId)
                          join f in db.Set<StoredFile>().AsNoTracking() on a.FileId equals f.Id
                          orderby a.Id
                          select new Attachment(a.MessageId, a.FileName, a.ContentType, f.Content)).ToListAsync(cancellationToken);
        return rows.ToLookup(a => a.MessageId);
    }

    private async Task<bool> DeliverAsync(AppDbContext db, OutboxMessage message, IEnumerable<Attachment> attachments, CancellationToken cancellationToken)
    {
        message.Attempts++;
        try
        {
            var mime = ToMime(message, body =>
            {
                foreach (var a in attachments)
                {
                    body.Attachments.Add(a.FileName, a.Content, ContentType.Parse(a.ContentType));
                }
            });
            await transport.SendAsync(mime, cancellationToken);
            message.SentAt = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
            LogSent(logger, message.Id, message.Kind);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var delays = options.Value.RetryDelays;
            var now = clock.GetUtcNow().UtcDateTime;
            message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            if (message.Attempts > delays.Length)
            {
                message.FailedAt = now;
                LogGivenUp(logger, ex, message.Id, message.Kind, message.Attempts);
            }
            else
            {
                message.NextAttemptAt = now + delays[message.Attempts - 1];
                LogRetry(logger, ex, message.Id, message.Kind, message.Attempts, message.NextAttemptAt);
            }
        }

        // Saved message by message, not once per batch: a node that stops mid-batch resends at most
        // the message it was sending, not the ones it had already delivered.
        message.LockedUntil = null;
        await db.SaveChangesAsync(CancellationToken.None);
        return message.SentAt is not null;
    }

    private MimeMessage ToMime(OutboxMessage message, Action<BodyBuilder> attach)
    {
        var mail = options.Value;
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        attach(body);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = new DateTimeOffset(message.CreatedAt, TimeSpan.Zero),
            MessageId = $"{message.Id:N}@{mail.FromAddress.Split('@').Last()}",
            Body = body.ToMessageBody(),
        };
        mime.From.Add(new MailboxAddress(mail.FromName, mail.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        return mime;
    }

    private sealed record Attachment(Guid MessageId, string FileName, string ContentType, byte[] Content);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent outbox message {MessageId} ({Kind})")]
    private static partial void LogSent(ILogger logger, Guid messageId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) failed, attempt {Attempt}; next try at {NextAttempt:o}")]
    private static partial void LogRetry(ILogger logger, Exception ex, Guid messageId, string kind, int attempt, DateTime nextAttempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Kind}) given up after {Attempts} attempts")]
    private static partial void LogGivenUp(ILogger logger, Exception ex, Guid messageId, string kind, int attempts);
}
