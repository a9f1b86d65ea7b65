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

namespace Urbis.Web.Modules.Membership.Decline;

/// <summary>
/// Decline the application with a reason, which the applicant receives by e-mail in their language.
/// Secretariat staff and administrators, once the review has started and before the decision.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class DeclineModel(ApplicationChanges changes, ClosingMails mails, MembershipLabels labels, IStringLocalizer<MembershipResource> l) : PageModel
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
        return application.Can(ApplicationAction.Decline) ? Page() : this.NotNow(labels);
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

        if (application.Decline(Reason!, null, changes.Now) is { } error)
        {
            ModelState.AddModelError(string.Empty, labels.Error(error));
            return this.InvalidForm();
        }

        await mails.DeclinedAsync(application);
        changes.Record(application, ApplicationEventKind.Declined, Reason);
        if (!await changes.SaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Someone else changed this application at the same time. Check it and try again."]);
            return this.InvalidForm();
        }

        TempData["Status"] = l["The application is declined; the applicant has been told."].Value;
        return Redirect($"/office/applications/{id}");
    }
}
