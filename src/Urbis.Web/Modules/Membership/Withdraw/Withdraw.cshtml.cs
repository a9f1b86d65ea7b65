using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
internal sealed class WithdrawModel(ApplicationChanges changes, ClosingMails mails, MembershipLabels labels, IStringLocalizer<MembershipResource> l) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    internal Application Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        return application.Can(ApplicationAction.Withdraw) ? Page() : this.NotNow(labels);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        if (ClosingMails.CheckReason(Reason, l) is { } problem)
        {
            ModelState.AddModelError(nameof(Reason), problem);
            return this.InvalidForm();
        }

        if (application.Withdraw(Reason!, changes.Now) is { } error)
        {
            ModelState.AddModelError(string.Empty, labels.Error(error));
            return this.InvalidForm();
        }

        await mails.WithdrawnAsync(application);
        changes.Record(application, ApplicationEventKind.Withdrawn, Reason);
        if (!await changes.SaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Someone else changed this application at the same time. Check it and try again."]);
            return this.InvalidForm();
        }

        TempData["Status"] = l["The application is withdrawn; the applicant has been told."].Value;
        return Redirect($"/office/applications/{id}");
    }
}
