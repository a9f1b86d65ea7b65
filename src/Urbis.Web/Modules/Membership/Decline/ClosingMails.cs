using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Modules.Membership.Decline;

/// <summary>The e-mails that tell the applicant their application is closed (declined or withdrawn), in their language.</summary>
internal sealed class ClosingMails(Mailer mailer, IOptions<PlatformOptions> platform)
{
    public Task DeclinedAsync(Application application) => SendAsync(application, "ApplicationDeclined", ClosingMail.Declined);

    public Task WithdrawnAsync(Application application) => SendAsync(application, "ApplicationWithdrawn", ClosingMail.Withdrawn);

    /// <summary>A reason is required and at most <see cref="Application.ReasonMaxLength"/> characters.</summary>
    public static string? CheckReason(string? reason, IStringLocalizer l)
    {
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return l["Give the reason."];
        }

        return text.Length > Application.ReasonMaxLength
            ? l["Use at most {0} characters (you wrote {1}).", Application.ReasonMaxLength.ToString("N0"), text.Length.ToString("N0")].Value
            : null;
    }

    private Task SendAsync(Application application, string kind, string template)
    {
        var answers = application.Answers;
        var mail = new ClosingMail(answers.Applicant.Name, answers.OfficialName, application.Reference, application.ClosingReason ?? "", application.DecisionBody, application.DecisionDate, platform.Value.NetworkName);
        return mailer.QueueAsync(kind, new Recipient(answers.Applicant.Email, answers.Applicant.Name, answers.PreferredLanguage), template, mail);
    }
}

internal sealed record ClosingMail(string Name, string AuthorityName, string Reference, string Reason, string? DecisionBody, DateOnly? DecisionDate, string NetworkName)
{
    public const string Declined = "/Modules/Membership/Decline/DeclinedMail.cshtml";
    public const string Withdrawn = "/Modules/Membership/Decline/WithdrawnMail.cshtml";
}
