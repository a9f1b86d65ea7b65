using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees.Schedules;

/// <summary>
/// A year's scale: a draft is edited here (bands or formula per category, country groups, the
/// joiner rule and the population reference date), published or deleted; a published scale is
/// shown as it is and refuses every change. Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class EditScheduleModel(
    AppDbContext db,
    ScheduleReader reader,
    ScheduleErrors messages,
    NetworkCalendar calendar,
    FeeScale scale,
    IStringLocalizer<FeesResource> l) : PageModel
{
    [BindProperty]
    public ScheduleForm Form { get; set; } = new();

    [BindProperty]
    public bool Confirm { get; set; }

    internal FeeSchedule Schedule { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is not { } schedule)
        {
            return NotFound();
        }

        Form = ScheduleForm.From(schedule);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is not { } schedule)
        {
            return NotFound();
        }

        if (schedule.IsPublished)
        {
            return Refuse(schedule);
        }

        ModelState.Clear();
        var read = reader.Read(Form, year);
        foreach (var (field, message) in read.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (read.Errors.Count == 0)
        {
            foreach (var error in schedule.Revise(read.JoinerRule, read.ReferenceDate, read.Categories, read.Groups))
            {
                ModelState.AddModelError(read.FieldOf(error), messages.Message(error));
            }
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = l["The draft scale for {0} is saved.", year].Value;
        return Redirect($"/finance/fees/{year}");
    }

    public async Task<IActionResult> OnPostPublishAsync(int year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is not { } schedule)
        {
            return NotFound();
        }

        if (schedule.IsPublished)
        {
            return Refuse(schedule);
        }

        Form = ScheduleForm.From(schedule);
        ModelState.Clear();
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), l["Tick the box to confirm that the fees are checked: publishing is final."]);
            return this.InvalidForm();
        }

        var errors = schedule.Publish(calendar.UtcNow);
        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, messages.Message(error));
        }

        if (errors.Count > 0)
        {
            return this.InvalidForm();
        }

        await db.SaveChangesAsync(cancellationToken);
        scale.Forget(year);
        TempData["Status"] = l["The scale for {0} is published. It is now final and public.", year].Value;
        return Redirect($"/finance/fees/{year}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is not { } schedule)
        {
            return NotFound();
        }

        if (schedule.IsPublished)
        {
            return Refuse(schedule);
        }

        db.Remove(schedule);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = l["The draft scale for {0} is deleted.", year].Value;
        return Redirect("/finance/fees");
    }

    /// <summary>A published scale never changes: 409, the scale shown as it is, and why.</summary>
    private PageResult Refuse(FeeSchedule schedule)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, messages.Message(new FeeScheduleError(FeeScheduleErrorCode.AlreadyPublished)));
        Form = ScheduleForm.From(schedule);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<FeeSchedule?> LoadAsync(int year, CancellationToken cancellationToken)
    {
        var schedule = await db.Set<FeeSchedule>().FirstOrDefaultAsync(s => s.Year == year, cancellationToken);
        Schedule = schedule!;
        return schedule;
    }
}
