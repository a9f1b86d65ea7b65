using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Modules.Membership.Apply;

internal sealed record SubmitApplication(Guid SubmissionKey, ApplicationAnswers Answers, string ConsentWording, string? DraftToken);

/// <summary>Submitted (or already submitted with this form's key), or refused because the authority is known.</summary>
internal sealed record SubmitResult(string? Reference, string? Email, KnownAuthority? Known);

/// <summary>
/// Records an application: its first version, the acknowledgement to the applicant in their
/// language and the notice to the secretariat, in one SaveChanges. The same form submitted twice
/// (a double click) finds the first application through its submission key, which the database
/// keeps unique. A member or an open application of the same name and country is not duplicated:
/// the applicant is told, and so is the secretariat.
/// </summary>
internal sealed class SubmitApplicationHandler(
    AppDbContext db,
    DuplicateCheck duplicates,
    Mailer mailer,
    AuditTrail audit,
    CurrentActor actor,
    IHttpContextAccessor http,
    IOptions<MembershipOptions> options,
    IOptions<PlatformOptions> platform,
    TimeProvider clock)
{
    public async Task<SubmitResult> HandleAsync(SubmitApplication command, CancellationToken cancellationToken)
    {
        if (await FindAsync(command.SubmissionKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var answers = command.Answers;
        var now = clock.GetUtcNow().UtcDateTime;
        var secretariat = new Recipient(options.Value.SecretariatEmail, options.Value.SecretariatName, options.Value.SecretariatLanguage);
        if (await duplicates.FindAsync(answers.CountryCode, answers.OfficialName, null, cancellationToken) is { } known)
        {
            await mailer.QueueAsync("ApplicationKnown", secretariat, KnownAuthorityMail.Template, new KnownAuthorityMail(known, answers, platform.Value.NetworkName));
            await db.SaveChangesAsync(cancellationToken);
            return new SubmitResult(null, null, known);
        }

        // A reference is random: on the rare clash with an earlier one, the next attempt draws another.
        for (var attempt = 1; ; attempt++)
        {
            var application = await AddAsync(command, now, secretariat, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new SubmitResult(application.Reference, answers.Applicant.Email, null);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same form submitted twice at the same moment (the other request saved it), or a reference clash.
                db.ChangeTracker.Clear();
                if (await FindAsync(command.SubmissionKey, cancellationToken) is { } saved)
                {
                    return saved;
                }
            }
        }
    }

    private async Task<Application> AddAsync(SubmitApplication command, DateTime now, Recipient secretariat, CancellationToken cancellationToken)
    {
        var answers = command.Answers;
        var application = Application.Submit(command.SubmissionKey, ApplicationReference.New(now.Year), answers, command.ConsentWording, now);
        if (http.HttpContext is { } context)
        {
            CurrentActor.ActAs(context, $"Applicant ({application.Reference})");
        }

        db.Add(application);
        db.Add(ApplicationVersion.Of(application, now));
        db.Add(ApplicationEvent.Of(application, ApplicationEventKind.Submitted, now, null, actor.Get().Name));
        await MarkDraftSubmittedAsync(command.DraftToken, application.Id, cancellationToken);
        var mail = new ApplicationMail(application.Reference, answers.OfficialName, answers.Applicant.Name, platform.Value.NetworkName, platform.Value.Link($"/office/applications/{application.Id}"));
        await mailer.QueueAsync("ApplicationAcknowledgement", new Recipient(answers.Applicant.Email, answers.Applicant.Name, answers.PreferredLanguage), ApplicationMail.Acknowledgement, mail);
        await mailer.QueueAsync("ApplicationReceived", secretariat, ApplicationMail.Received, mail);
        audit.Record("ApplicationSubmitted", "Application", application.Id.ToString(), new { application.Reference });
        return application;
    }

    private async Task<SubmitResult?> FindAsync(Guid key, CancellationToken cancellationToken) =>
        await db.Set<Application>().AsNoTracking().Where(a => a.SubmissionKey == key)
            .Select(a => new SubmitResult(a.Reference, a.ApplicantEmail, null))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task MarkDraftSubmittedAsync(string? token, Guid applicationId, CancellationToken cancellationToken)
    {
        if (PrivateLink.HashOf(token) is { } hash && await db.Set<ApplicationDraft>().FirstOrDefaultAsync(d => d.TokenHash == hash, cancellationToken) is { } draft)
        {
            // The answers now live in the application; the draft only remembers where they went.
            draft.ApplicationId = applicationId;
            draft.Content = "{}";
        }
    }
}

/// <summary>The acknowledgement to the applicant and the notice to the secretariat.</summary>
internal sealed record ApplicationMail(string Reference, string AuthorityName, string ApplicantName, string NetworkName, string OfficeLink)
{
    public const string Acknowledgement = "/Modules/Membership/Apply/AcknowledgementMail.cshtml";
    public const string Received = "/Modules/Membership/Apply/ApplicationReceivedMail.cshtml";
}

internal sealed record KnownAuthorityMail(KnownAuthority Known, ApplicationAnswers Answers, string NetworkName)
{
    public const string Template = "/Modules/Membership/Apply/KnownAuthorityMail.cshtml";
}
