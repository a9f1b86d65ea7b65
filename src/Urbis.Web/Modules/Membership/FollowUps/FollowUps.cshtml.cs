using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.FollowUps;

/// <summary>
/// The conditions new members committed to meet: open ones by due date (overdue first), or closed
/// ones; record one as met or cancel it, with a note. Secretariat staff and administrators.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class FollowUpsModel(FollowUpsQuery query, AppDbContext db, AuditTrail audit, NetworkCalendar date, IStringLocalizer<MembershipResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty]
    public Guid FollowUpId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal IReadOnlyList<FollowUpRow> Rows => Result.Rows;

    internal FollowUpPage Result { get; private set; } = new([], 1, 1);

    public bool Closed => Show == "closed";

    public DateOnly Today => date.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Result = await query.RunAsync(!Closed, PageNumber, cancellationToken);

    public Task<IActionResult> OnPostMetAsync(CancellationToken cancellationToken) => CloseAsync(met: true, cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) => CloseAsync(met: false, cancellationToken);

    private async Task<IActionResult> CloseAsync(bool met, CancellationToken cancellationToken)
    {
        if (await db.Set<FollowUp>().FirstOrDefaultAsync(f => f.Id == FollowUpId, cancellationToken) is not { } followUp)
        {
            return NotFound();
        }

        var note = Note?.Trim();
        if (note?.Length > FollowUp.NoteMaxLength)
        {
            ModelState.AddModelError(nameof(Note), l["Use at most {0} characters (you wrote {1}).", FollowUp.NoteMaxLength.ToString("N0"), note.Length.ToString("N0")]);
        }
        else if (!followUp.Close(met, note, User.DisplayName(), date.UtcNow))
        {
            ModelState.AddModelError(string.Empty, l["This follow-up is already closed."]);
        }

        if (ModelState.ErrorCount > 0)
        {
            Result = await query.RunAsync(open: true, 1, cancellationToken);
            return this.InvalidForm();
        }

        audit.Record(met ? "FollowUpMet" : "FollowUpCancelled", "FollowUp", followUp.Id.ToString(), new { Condition = followUp.Condition.ToString(), followUp.AuthorityId });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = (met ? l["Recorded as met."] : l["The follow-up is cancelled."]).Value;
        return Redirect("/office/follow-ups");
    }
}
