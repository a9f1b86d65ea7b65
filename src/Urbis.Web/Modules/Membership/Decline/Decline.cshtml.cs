using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Decline;

/// <summary>
/// Decline the application with a reason, which the applicant receives by e-mail in their language.
/// Secretariat staff and administrators, once the review has started and before the decision.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class DeclineModel(ApplicationChanges changes, ClosingMails mails, MembershipLabels labels, IStringLocalizer<MembershipResource> l)
    : ApplicationStepModel(changes, labels)
{
    [BindProperty]
    public string? Reason { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        ShowAsync(id, ApplicationAction.Decline, cancellationToken);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => ChangeAsync(
        id,
        () => Problem(nameof(Reason), ClosingMails.CheckReason(Reason, l)),
        () => new ApplicationStep(a => a.Decline(Reason!, null, Now), ApplicationEventKind.Declined, Reason, mails.DeclinedAsync),
        () => l["The application is declined; the applicant has been told."],
        cancellationToken);
}
