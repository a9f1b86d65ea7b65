using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Seed;

/// <summary>
/// The demo network's fee scales: last year's, and this year's as its copy raised by 2.5 %, both
/// published. Does nothing when any scale exists.
/// </summary>
internal sealed class DemoFeeSchedulesSeeder(AppDbContext db, NetworkCalendar calendar) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<FeeSchedule>().AnyAsync(cancellationToken))
        {
            return;
        }

        var year = calendar.Year;
        var previous = Scale(year - 1);
        var current = previous.CopyForYear(year, 2.5m, 10m);
        var now = calendar.UtcNow;
        foreach (var schedule in new[] { previous, current })
        {
            var errors = schedule.Publish(now);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The demo scale for {schedule.Year} is not valid: {errors[0].Code}.");
            }

            db.Add(schedule);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static FeeSchedule Scale(int year)
    {
        var schedule = FeeSchedule.Draft(year);
        schedule.Categories.Add(new CategoryFee
        {
            Category = MembershipCategory.Full,
            Method = FeeMethod.Bands,
            Bands =
            [
                new FeeBand { From = 1, To = 10_000, Amount = 500m },
                new FeeBand { From = 10_001, To = 50_000, Amount = 1_500m },
                new FeeBand { From = 50_001, To = 100_000, Amount = 2_500m },
                new FeeBand { From = 100_001, To = 250_000, Amount = 4_500m },
                new FeeBand { From = 250_001, To = 500_000, Amount = 7_000m },
                new FeeBand { From = 500_001, To = 1_000_000, Amount = 9_500m },
                new FeeBand { From = 1_000_001, Amount = 12_000m },
            ],
        });
        schedule.Categories.Add(new CategoryFee
        {
            Category = MembershipCategory.Associate,
            Method = FeeMethod.Formula,
            Formula = new FeeFormula { Base = 250m, PerInhabitant = 0.004m, Minimum = 500m, Maximum = 5_000m },
        });
        schedule.Categories.Add(new CategoryFee
        {
            Category = MembershipCategory.NationalForum,
            Method = FeeMethod.Bands,
            Bands = [new FeeBand { From = 1, Amount = 1_500m }],
        });
        schedule.CountryGroups.Add(new CountryGroup { Name = "B", Factor = 0.7m, Countries = ["PT", "GR", "CY", "MT", "SI", "HR", "EE", "LV", "LT"] });
        schedule.CountryGroups.Add(new CountryGroup { Name = "C", Factor = 0.5m, Countries = ["BG", "RO", "AL", "BA", "MK", "ME", "RS", "MD", "UA", "GE", "AM", "XK", "TR"] });
        return schedule;
    }
}
