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
internal sealed class RecommendModel(ApplicationChanges changes, MembershipLabels labels, IStringLocalizer<MembershipResource> l)
    : ApplicationStepModel(changes, labels)
{
    [BindProperty]
    public string? Category { get; set; } = nameof(MembershipCategory.Full);

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, ApplicationAction.Recommend, cancellationToken);
        if (shown is PageResult && !ViewData.IsNotNow() && !Application.Assessment.IsComplete)
        {
            ModelState.AddModelError(string.Empty, Labels.Error(ApplicationError.AssessmentIncomplete));
        }

        return shown;
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var note = Note?.Trim();
        return ChangeAsync(id, () => Check(note), () => Recommendation(Chosen!.Value, note), () => l["The application is recommended to the board."], cancellationToken);
    }

    private MembershipCategory? Chosen =>
        Enum.TryParse<MembershipCategory>(Category, out var category) && Enum.IsDefined(category) && !Category!.Any(char.IsDigit) ? category : null;

    private void Check(string? note)
    {
        Problem(nameof(Category), Chosen is null ? l["Choose a category of membership."].Value : null);
        Problem(nameof(Note), note?.Length > Application.ReasonMaxLength
            ? l["Use at most {0} characters (you wrote {1}).", Application.ReasonMaxLength.ToString("N0"), note.Length.ToString("N0")].Value
            : null);
    }

    private ApplicationStep Recommendation(MembershipCategory category, string? note)
    {
        var text = string.IsNullOrEmpty(note) ? Labels.Category(category) : $"{Labels.Category(category)}: {note}";
        return new ApplicationStep(a => a.Recommend(category, note, Now), ApplicationEventKind.Recommended, text);
    }
}
