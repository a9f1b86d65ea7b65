using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees.Schedules;

/// <summary>
/// Prepares a year's scale as a draft: a copy of an earlier year raised by a percentage (rounded
/// to a step), or a blank scale. Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class NewScheduleModel(AppDbContext db, NetworkCalendar calendar, IOptions<FeesOptions> options, IStringLocalizer<FeesResource> l) : PageModel
{
    public static readonly decimal[] Steps = [0.01m, 1m, 5m, 10m, 50m, 100m];

    [BindProperty]
    public NewScheduleInput Input { get; set; } = new();

    internal IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadYearsAsync(cancellationToken);
        var latest = Years.Count > 0 ? Years[0] : (int?)null;
        Input = new NewScheduleInput
        {
            Year = ((latest ?? calendar.Year - 1) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            CopyFrom = latest,
            Uplift = "0",
            RoundingStep = options.Value.RoundingStep.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadYearsAsync(cancellationToken);
        ModelState.Clear();
        if (!int.TryParse(Input.Year, out var year) || year is < FeeSchedule.FirstYear or > FeeSchedule.LastYear)
        {
            ModelState.AddModelError("Input.Year", l["Enter a year between {0} and {1}.", FeeSchedule.FirstYear, FeeSchedule.LastYear]);
        }
        else if (await db.Set<FeeSchedule>().AnyAsync(s => s.Year == year, cancellationToken))
        {
            ModelState.AddModelError("Input.Year", l["{0} already has a scale: open it from the list.", year]);
        }

        FeeSchedule? source = null;
        if (Input.CopyFrom is { } from)
        {
            source = await db.Set<FeeSchedule>().AsNoTracking().FirstOrDefaultAsync(s => s.Year == from, cancellationToken);
            if (source is null)
            {
                ModelState.AddModelError("Input.CopyFrom", l["Choose a year that has a scale."]);
            }
        }

        if (!Money.TryParse(Input.Uplift ?? "0", out var uplift) || uplift is < -50m or > 100m || !FeeRounding.HasAtMostTwoDecimals(uplift))
        {
            ModelState.AddModelError("Input.Uplift", l["Enter a percentage between -50 and 100, with at most 2 decimals."]);
        }

        var stepKnown = decimal.TryParse(Input.RoundingStep, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var step);
        if (!stepKnown || !Steps.Contains(step))
        {
            ModelState.AddModelError("Input.RoundingStep", l["Choose a rounding step from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var schedule = source?.CopyForYear(year, uplift, step) ?? Blank(year);
        db.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = source is null
            ? l["The draft scale for {0} is ready: set its amounts, then publish it.", year].Value
            : l["The draft scale for {0} is ready: a copy of {1} raised by {2} %. Check it, then publish it.", year, source.Year, uplift.ToString("0.##")].Value;
        return Redirect($"/finance/fees/{year}");
    }

    /// <summary>Full members by a single open band at zero: valid, ready to be filled in.</summary>
    private static FeeSchedule Blank(int year)
    {
        var schedule = FeeSchedule.Draft(year);
        schedule.Categories.Add(new CategoryFee { Category = MembershipCategory.Full, Method = FeeMethod.Bands, Bands = [new FeeBand { From = 1, Amount = 0m }] });
        return schedule;
    }

    private async Task LoadYearsAsync(CancellationToken cancellationToken) =>
        Years = await db.Set<FeeSchedule>().AsNoTracking().OrderByDescending(s => s.Year).Select(s => s.Year).ToListAsync(cancellationToken);
}

internal sealed class NewScheduleInput
{
    public string? Year { get; set; }

    /// <summary>The year to copy; none for a blank scale.</summary>
    public int? CopyFrom { get; set; }

    public string? Uplift { get; set; }

    /// <summary>Invariant ("0.01", "10"): the options' values, whatever the page's language.</summary>
    public string? RoundingStep { get; set; }
}
