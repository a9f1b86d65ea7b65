using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Recommend;

/// <summary>
/// Recommend the application to the board, in a category of membership, once every condition is
/// met or committed. Secretariat staff and administrators, while the application is under review.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class RecommendModel(ApplicationChanges changes, MembershipLabels labels, IStringLocalizer<MembershipResource> l) : PageModel
{
    [BindProperty]
    public string? Category { get; set; } = nameof(MembershipCategory.Full);

    [BindProperty]
    public string? Note { get; set; }

    internal Application Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        if (!application.Can(ApplicationAction.Recommend))
        {
            return this.NotNow(labels);
        }

        if (!application.Assessment.IsComplete)
        {
            ModelState.AddModelError(string.Empty, labels.Error(ApplicationError.AssessmentIncomplete));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        var note = Note?.Trim();
        if (!Enum.TryParse<MembershipCategory>(Category, out var category) || !Enum.IsDefined(category) || Category!.Any(char.IsDigit))
        {
            ModelState.AddModelError(nameof(Category), l["Choose a category of membership."]);
        }

        if (note?.Length > Application.ReasonMaxLength)
        {
            ModelState.AddModelError(nameof(Note), l["Use at most {0} characters (you wrote {1}).", Application.ReasonMaxLength.ToString("N0"), note.Length.ToString("N0")]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return this.InvalidForm();
        }

        if (application.Recommend(category, note, changes.Now) is { } error)
        {
            ModelState.AddModelError(string.Empty, labels.Error(error));
            return this.InvalidForm();
        }

        changes.Record(application, ApplicationEventKind.Recommended, string.IsNullOrEmpty(note) ? labels.Category(category) : $"{labels.Category(category)}: {note}");
        if (!await changes.SaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Someone else changed this application at the same time. Check it and try again."]);
            return this.InvalidForm();
        }

        TempData["Status"] = l["The application is recommended to the board."].Value;
        return Redirect($"/office/applications/{id}");
    }
}
