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
    IStringLocalizer<MembershipResource> l) : ApplicationStepModel(changes, labels)
{
    [BindProperty]
    public string? Message { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        ShowAsync(id, ApplicationAction.RequestInformation, cancellationToken);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = Message?.Trim() ?? "";
        return ChangeAsync(id, () => Problem(nameof(Message), CheckMessage(message)), () => InformationRequest(message), () => l["The request is sent to {0}.", Application.Answers.Applicant.Email], cancellationToken);
    }

    private string? CheckMessage(string message) =>
        message.Length == 0 ? l["Write what you need to know from the applicant."].Value
        : message.Length > Application.ReasonMaxLength ? l["Use at most {0} characters (you wrote {1}).", Application.ReasonMaxLength.ToString("N0"), message.Length.ToString("N0")].Value
        : null;

    /// <summary>A new private link (replacing an earlier one) and the e-mail that carries it.</summary>
    private ApplicationStep InformationRequest(string message)
    {
        var (token, hash) = PrivateLink.New();
        var expires = Now + options.Value.AnswerLinkLifetime;
        return new ApplicationStep(a => a.RequestInformation(message, hash, expires, Now), ApplicationEventKind.InformationRequested, message, a =>
        {
            var answers = a.Answers;
            var mail = new InformationRequestMail(answers.Applicant.Name, answers.OfficialName, a.Reference, message, platform.Value.Link($"/join/answer/{token}", answers.PreferredLanguage), expires, platform.Value.NetworkName);
            return mailer.QueueAsync("ApplicationInformationRequest", new Recipient(answers.Applicant.Email, answers.Applicant.Name, answers.PreferredLanguage), InformationRequestMail.Template, mail);
        });
    }
}

internal sealed record InformationRequestMail(string Name, string AuthorityName, string Reference, string Message, string Link, DateTime ExpiresAt, string NetworkName)
{
    public const string Template = "/Modules/Membership/RequestInformation/InformationRequestMail.cshtml";
}
