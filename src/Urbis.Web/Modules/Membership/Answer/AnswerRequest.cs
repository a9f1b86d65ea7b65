using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Modules.Membership.Answer;

internal sealed record AnswerRequest(string Token, ApplicationAnswers Answers, string Text);

/// <summary>
/// The applicant's answer to a request for information: the amended answers become a new version
/// (the history keeps the earlier one), the application goes back under review, the link stops
/// working, and the secretariat (and the person it is assigned to) is told.
/// </summary>
internal sealed class AnswerRequestHandler(
    AppDbContext db,
    ApplicationChanges changes,
    Mailer mailer,
    IHttpContextAccessor http,
    IOptions<MembershipOptions> options,
    IOptions<PlatformOptions> platform)
{
    /// <summary>The application behind a live answer link; null for an unknown, forged, used or expired link.</summary>
    public async Task<Application?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var now = changes.Now;
        return PrivateLink.HashOf(token) is { } hash
            ? await db.Set<Application>().FirstOrDefaultAsync(a => a.AnswerTokenHash == hash && a.State == ApplicationState.InformationRequested && a.AnswerLinkExpiresAt > now, cancellationToken)
            : null;
    }

    /// <summary>Null when the answer is recorded; otherwise why not.</summary>
    public async Task<ApplicationError?> HandleAsync(Application application, AnswerRequest command, CancellationToken cancellationToken)
    {
        if (http.HttpContext is { } context)
        {
            CurrentActor.ActAs(context, $"Applicant ({application.Reference})");
        }

        if (application.ReceiveAnswer(command.Answers, changes.Now) is { } error)
        {
            return error;
        }

        db.Add(ApplicationVersion.Of(application, changes.Now, command.Text));
        changes.Record(application, ApplicationEventKind.Answered, command.Text, new { application.Reference, application.Version });
        var mail = new AnswerReceivedMail(application.AuthorityName, application.Reference, platform.Value.Link($"/office/applications/{application.Id}"));
        await mailer.QueueAsync("ApplicationAnswered", new Recipient(options.Value.SecretariatEmail, options.Value.SecretariatName, options.Value.SecretariatLanguage), AnswerReceivedMail.Template, mail);
        if (application.AssigneeId is { } assignee && await db.Users.AsNoTracking().Where(u => u.Id == assignee && u.IsActive).Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage }).FirstOrDefaultAsync(cancellationToken) is { Email: { } email } person)
        {
            await mailer.QueueAsync("ApplicationAnswered", new Recipient(email, person.DisplayName, person.PreferredLanguage), AnswerReceivedMail.Template, mail);
        }

        return await changes.SaveAsync(cancellationToken) ? null : ApplicationError.NotAllowedNow;
    }
}

internal sealed record AnswerReceivedMail(string AuthorityName, string Reference, string OfficeLink)
{
    public const string Template = "/Modules/Membership/Answer/AnswerReceivedMail.cshtml";
}
