using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Applications;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Review;

/// <summary>
/// One application: everything submitted, its versions, the eligibility assessment, its history
/// and internal comments; start the review, assign it, comment, and the way to every other step.
/// Secretariat staff and administrators.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class ApplicationPageModel(
    ApplicationDetailsQuery query,
    ApplicationChanges changes,
    StaffMembers staff,
    MembershipLabels labels,
    IStringLocalizer<MembershipResource> l) : PageModel
{
    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? AssigneeId { get; set; }

    internal ApplicationDetails Details { get; private set; } = null!;

    internal IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, invalid: false, cancellationToken);

    public Task<IActionResult> OnPostStartReviewAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, a => a.StartReview(changes.Now), ApplicationEventKind.ReviewStarted, null, l["The review has started."], cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken cancellationToken)
    {
        Staff = await staff.AllAsync(cancellationToken);
        var person = Staff.FirstOrDefault(s => s.Id.ToString() == AssigneeId);
        if (!string.IsNullOrEmpty(AssigneeId) && person is null)
        {
            ModelState.AddModelError(nameof(AssigneeId), l["Choose a person from the list."]);
            return await ShowAsync(id, invalid: true, cancellationToken);
        }

        var text = person?.Name ?? l["Nobody"];
        return await ChangeAsync(id, a => a.AssignTo(person?.Id, person?.Name, changes.Now), ApplicationEventKind.Assigned, text, l["Assigned to {0}.", text], cancellationToken);
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken cancellationToken)
    {
        var text = Comment?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ApplicationEvent.TextMaxLength)
        {
            ModelState.AddModelError(nameof(Comment), string.IsNullOrEmpty(text)
                ? l["Write the comment."]
                : l["Use at most {0} characters (you wrote {1}).", ApplicationEvent.TextMaxLength.ToString("N0"), text.Length.ToString("N0")]);
            return await ShowAsync(id, invalid: true, cancellationToken);
        }

        return await ChangeAsync(id, _ => null, ApplicationEventKind.Comment, text, l["Comment added."], cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Application, ApplicationError?> change, ApplicationEventKind kind, string? text, string success, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        if (await changes.ApplyAsync(application, new ApplicationStep(change, kind, text), cancellationToken) is { } error)
        {
            ModelState.AddModelError(string.Empty, labels.Error(error));
            return await ShowAsync(id, invalid: true, cancellationToken);
        }

        TempData["Status"] = success;
        return Redirect($"/office/applications/{id}");
    }

    private async Task<IActionResult> ShowAsync(Guid id, bool invalid, CancellationToken cancellationToken)
    {
        if (await query.RunAsync(id, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        Staff = Staff.Count > 0 ? Staff : await staff.AllAsync(cancellationToken);
        return invalid ? this.InvalidForm() : Page();
    }
}
