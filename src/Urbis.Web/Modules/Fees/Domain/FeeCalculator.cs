using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>The annual fee of an authority of a category, country and population, and why.</summary>
internal static class FeeCalculator
{
    public static FeeQuote Quote(FeeSchedule schedule, MembershipCategory category, string countryCode, long population)
    {
        if (population < 1)
        {
            return FeeQuote.Refused(FeeQuoteError.PopulationNotPositive);
        }

        if (schedule.For(category) is not { } rule)
        {
            return FeeQuote.Refused(FeeQuoteError.CategoryNotInSchedule);
        }

        FeeBand? band = null;
        decimal baseAmount;
        if (rule.Method == FeeMethod.Bands)
        {
            band = rule.Bands.FirstOrDefault(b => b.Contains(population));
            if (band is null)
            {
                return FeeQuote.Refused(FeeQuoteError.NoBandForPopulation);
            }

            baseAmount = band.Amount;
        }
        else
        {
            var formula = rule.Formula!;
            baseAmount = formula.Base + (formula.PerInhabitant * population);
            baseAmount = Math.Max(baseAmount, formula.Minimum);
            if (formula.Maximum is { } max)
            {
                baseAmount = Math.Min(baseAmount, max);
            }
        }

        var group = schedule.GroupOf(countryCode);
        var amount = FeeRounding.ToCents(baseAmount * (group?.Factor ?? 1m));
        return new FeeQuote(amount, schedule.Currency, category, rule.Method, band, rule.Formula, FeeRounding.ToCents(baseAmount), group, null);
    }

    /// <summary>
    /// The part of a year's fee due by a member that joined on <paramref name="joined"/> under the
    /// schedule's rule (quarters left including the joining one, the whole year, or nothing).
    /// </summary>
    public static decimal ForJoiner(decimal annual, JoinerRule rule, DateOnly joined, int year)
    {
        if (joined.Year < year)
        {
            return annual;
        }

        if (joined.Year > year)
        {
            return 0m;
        }

        return rule switch
        {
            JoinerRule.FullYear => annual,
            JoinerRule.FromNextYear => 0m,
            _ => FeeRounding.ToCents(annual * (4 - ((joined.Month - 1) / 3)) / 4m),
        };
    }
}

/// <summary>A computed fee, with what it came from, or the reason there is none.</summary>
internal sealed record FeeQuote(
    decimal Amount,
    string Currency,
    MembershipCategory Category,
    FeeMethod Method,
    FeeBand? Band,
    FeeFormula? Formula,
    decimal AmountBeforeFactor,
    CountryGroup? Group,
    FeeQuoteError? Error)
{
    public bool Succeeded => Error is null;

    public static FeeQuote Refused(FeeQuoteError error) => new(0m, "", default, default, null, null, 0m, null, error);
}

internal enum FeeQuoteError
{
    PopulationNotPositive,
    CategoryNotInSchedule,
    NoBandForPopulation,
}
