using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Decline;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Withdraw;

/// <summary>
/// Withdraw the application, usually at the applicant's request (who receives a confirmation).
/// Secretariat staff and administrators, while the application is open.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class WithdrawModel(ApplicationChanges changes, ClosingMails mails, MembershipLabels labels, IStringLocalizer<MembershipResource> l)
    : ApplicationStepModel(changes, labels)
{
    [BindProperty]
    public string? Reason { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        ShowAsync(id, ApplicationAction.Withdraw, cancellationToken);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => ChangeAsync(
        id,
        () => Problem(nameof(Reason), ClosingMails.CheckReason(Reason, l)),
        () => new ApplicationStep(a => a.Withdraw(Reason!, Now), ApplicationEventKind.Withdrawn, Reason, mails.WithdrawnAsync),
        () => l["The application is withdrawn; the applicant has been told."],
        cancellationToken);
}
