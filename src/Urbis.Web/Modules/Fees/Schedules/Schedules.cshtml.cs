using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.Schedules;

internal sealed record ScheduleRow(int Year, FeeScheduleStatus Status, DateTime? PublishedAt, int Categories);

/// <summary>The fee scales of every year, drafts and published. Finance and administrators.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class SchedulesModel(AppDbContext db) : PageModel
{
    internal IReadOnlyList<ScheduleRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var schedules = await db.Set<FeeSchedule>().AsNoTracking().OrderByDescending(s => s.Year).ToListAsync(cancellationToken);
        Rows = [.. schedules.Select(s => new ScheduleRow(s.Year, s.Status, s.PublishedAt, s.Categories.Count))];
    }
}
