using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Mail;

/// <summary>
/// Queues e-mails in the outbox. Nothing is sent until the caller's SaveChanges commits: the message
/// and the change that causes it succeed or fail together.
/// </summary>
internal sealed class Mailer(AppDbContext db, MailRenderer renderer, TimeProvider clock)
{
    /// <summary>
    /// Renders the template in the recipient's language and adds the message to the outbox, with
    /// stored files attached (<see cref="Files.IFileStore"/>; the file may be added in the same unit of work).
    /// </summary>
    public async Task QueueAsync<TModel>(string kind, Recipient to, string template, TModel model, IReadOnlyList<MailAttachment>? attachments = null)
    {
        var rendered = await renderer.RenderAsync(template, model, to.Language);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            CreatedAt = now,
            NextAttemptAt = now,
            Kind = kind,
            ToAddress = to.Address,
            ToName = to.Name,
            Subject = rendered.Subject,
            HtmlBody = rendered.Html,
            TextBody = rendered.Text,
        };
        db.Add(message);
        foreach (var attachment in attachments ?? [])
        {
            db.Add(new OutboxAttachment { MessageId = message.Id, FileId = attachment.FileId, FileName = attachment.FileName, ContentType = attachment.ContentType });
        }
    }
}

internal sealed record Recipient(string Address, string Name, string Language);

/// <summary>A stored file to attach, under the name the recipient sees.</summary>
internal sealed record MailAttachment(Guid FileId, string FileName, string ContentType);
