using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.UnitTests.Fees;

/// <summary>Test schedules with sensible defaults.</summary>
internal static class Schedules
{
    /// <summary>Full members by bands: 1–10,000: 500; 10,001–100,000: 2,000; 100,001–250,000: 4,500; 250,001+: 9,000.</summary>
    public static FeeSchedule WithBands(int year = 2027, params (int From, int? To, decimal Amount)[] bands)
    {
        var schedule = FeeSchedule.Draft(year);
        schedule.Categories.Add(new CategoryFee
        {
            Category = MembershipCategory.Full,
            Method = FeeMethod.Bands,
            Bands = [.. (bands.Length > 0 ? bands : Default).Select(b => new FeeBand { From = b.From, To = b.To, Amount = b.Amount })],
        });
        return schedule;
    }

    public static FeeSchedule WithFormula(decimal @base, decimal rate, decimal minimum, decimal? maximum, int year = 2027)
    {
        var schedule = FeeSchedule.Draft(year);
        schedule.Categories.Add(new CategoryFee
        {
            Category = MembershipCategory.Associate,
            Method = FeeMethod.Formula,
            Formula = new FeeFormula { Base = @base, PerInhabitant = rate, Minimum = minimum, Maximum = maximum },
        });
        return schedule;
    }

    private static readonly (int From, int? To, decimal Amount)[] Default =
        [(1, 10_000, 500m), (10_001, 100_000, 2_000m), (100_001, 250_000, 4_500m), (250_001, null, 9_000m)];
}
