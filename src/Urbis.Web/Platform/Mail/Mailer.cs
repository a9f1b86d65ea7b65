using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Mail;

/// <summary>
/// Queues e-mails in the outbox. Nothing is sent until the caller's SaveChanges commits: the message
/// and the change that causes it succeed or fail together.
/// </summary>
internal sealed class Mailer(AppDbContext db, MailRenderer renderer, TimeProvider clock)
{
    /// <summary>Renders the template in the recipient's language and adds the message to the outbox.</summary>
    public async Task QueueAsync<TModel>(string kind, Recipient to, string template, TModel model)
    {
        var rendered = await renderer.RenderAsync(template, model, to.Language);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new OutboxMessage
        {
            CreatedAt = now,
            NextAttemptAt = now,
            Kind = kind,
            ToAddress = to.Address,
            ToName = to.Name,
            Subject = rendered.Subject,
            HtmlBody = rendered.Html,
            TextBody = rendered.Text,
        });
    }
}

internal sealed record Recipient(string Address, string Name, string Language);
