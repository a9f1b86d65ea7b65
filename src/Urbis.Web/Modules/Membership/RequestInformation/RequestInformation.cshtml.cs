using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Mail;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.RequestInformation;

/// <summary>
/// Ask the applicant for more: they receive, in their language, the message and a private link to
/// answer and amend the application. A new request replaces the link of an earlier one. Secretariat
/// staff and administrators, while the application is under review or recommended.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class RequestInformationModel(
    ApplicationChanges changes,
    Mailer mailer,
    MembershipLabels labels,
    IOptions<MembershipOptions> options,
    IOptions<PlatformOptions> platform,
    IStringLocalizer<MembershipResource> l) : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    internal Application Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        return application.Can(ApplicationAction.RequestInformation) ? Page() : this.NotNow(labels);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        var message = Message?.Trim();
        if (string.IsNullOrEmpty(message) || message.Length > Application.ReasonMaxLength)
        {
            ModelState.AddModelError(nameof(Message), string.IsNullOrEmpty(message)
                ? l["Write what you need to know from the applicant."]
                : l["Use at most {0} characters (you wrote {1}).", Application.ReasonMaxLength.ToString("N0"), message.Length.ToString("N0")]);
            return this.InvalidForm();
        }

        var (token, hash) = PrivateLink.New();
        var expires = changes.Now + options.Value.AnswerLinkLifetime;
        if (application.RequestInformation(message, hash, expires, changes.Now) is { } error)
        {
            ModelState.AddModelError(string.Empty, labels.Error(error));
            return this.InvalidForm();
        }

        var answers = application.Answers;
        var mail = new InformationRequestMail(answers.Applicant.Name, answers.OfficialName, application.Reference, message, platform.Value.Link($"/join/answer/{token}", answers.PreferredLanguage), expires, platform.Value.NetworkName);
        await mailer.QueueAsync("ApplicationInformationRequest", new Recipient(answers.Applicant.Email, answers.Applicant.Name, answers.PreferredLanguage), InformationRequestMail.Template, mail);
        changes.Record(application, ApplicationEventKind.InformationRequested, message);
        if (!await changes.SaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Someone else changed this application at the same time. Check it and try again."]);
            return this.InvalidForm();
        }

        TempData["Status"] = l["The request is sent to {0}.", answers.Applicant.Email].Value;
        return Redirect($"/office/applications/{id}");
    }
}

internal sealed record InformationRequestMail(string Name, string AuthorityName, string Reference, string Message, string Link, DateTime ExpiresAt, string NetworkName)
{
    public const string Template = "/Modules/Membership/RequestInformation/InformationRequestMail.cshtml";
}
