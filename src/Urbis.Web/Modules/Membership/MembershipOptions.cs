using System.ComponentModel.DataAnnotations;

namespace Urbis.Web.Modules.Membership;

/// <summary>Settings of the joining process (section "Membership").</summary>
internal sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>The secretariat's shared mailbox: new applications, answers, duplicates and follow-up reminders go there.</summary>
    [Required]
    [EmailAddress]
    public string SecretariatEmail { get; set; } = "secretariat@urbis.localhost";

    [Required]
    public string SecretariatName { get; set; } = "Secretariat";

    /// <summary>The language of the secretariat's notifications.</summary>
    [Required]
    public string SecretariatLanguage { get; set; } = "en";

    /// <summary>How long the applicant's link to answer a request for information works.</summary>
    public TimeSpan AnswerLinkLifetime { get; set; } = TimeSpan.FromDays(60);
}
