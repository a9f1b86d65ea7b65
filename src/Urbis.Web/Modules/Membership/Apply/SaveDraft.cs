using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Modules.Membership.Apply;

internal sealed record SaveDraft(string? Token, string Email, string Language, ApplicationForm Form);

/// <summary>
/// Saves the form as typed, to finish later. A new draft gets a private link, e-mailed to the
/// applicant (and again whenever the address changes); saving through the link keeps it. A link
/// that no longer works starts a new draft, so nothing typed is lost. Returns the link's token.
/// </summary>
internal sealed class SaveDraftHandler(AppDbContext db, Mailer mailer, IOptions<PlatformOptions> platform, TimeProvider clock)
{
    /// <summary>A complete form at its limits is about 60 kB; a draft far beyond that is not a form being written.</summary>
    public const int MaxContentLength = 150_000;

    /// <summary>The draft's link token; null when the form is too large to be a real draft (nothing saved).</summary>
    public async Task<string?> HandleAsync(SaveDraft command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var content = JsonSerializer.Serialize(command.Form, Data.JsonColumn.Options);
        if (content.Length > MaxContentLength)
        {
            return null;
        }

        var draft = await FindLiveAsync(command.Token, now, cancellationToken);
        var token = command.Token!;
        var sendLink = draft is null || !string.Equals(draft.Email, command.Email, StringComparison.OrdinalIgnoreCase);
        if (draft is null)
        {
            (token, var hash) = PrivateLink.New();
            draft = new ApplicationDraft { TokenHash = hash, CreatedAt = now };
            db.Add(draft);
        }

        draft.Save(command.Email, command.Language, content, now);
        if (sendLink)
        {
            var mail = new DraftSavedMail(command.Form.Applicant.Name, platform.Value.NetworkName, platform.Value.Link($"/join/resume/{token}", command.Language), (int)ApplicationDraft.Lifetime.TotalDays);
            await mailer.QueueAsync("ApplicationDraftSaved", new Recipient(command.Email, command.Form.Applicant.Name ?? command.Email, command.Language), DraftSavedMail.Template, mail);
        }

        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The draft behind a link that still works and was not submitted; null otherwise.</summary>
    public async Task<ApplicationDraft?> FindLiveAsync(string? token, DateTime now, CancellationToken cancellationToken) =>
        PrivateLink.HashOf(token) is { } hash
            ? await db.Set<ApplicationDraft>().FirstOrDefaultAsync(d => d.TokenHash == hash && d.ExpiresAt > now && d.ApplicationId == null, cancellationToken)
            : null;

    public static ApplicationForm Read(ApplicationDraft draft) =>
        JsonSerializer.Deserialize<ApplicationForm>(draft.Content, Data.JsonColumn.Options) ?? new ApplicationForm();
}

internal sealed record DraftSavedMail(string? Name, string NetworkName, string Link, int Days)
{
    public const string Template = "/Modules/Membership/Apply/DraftSavedMail.cshtml";
}
