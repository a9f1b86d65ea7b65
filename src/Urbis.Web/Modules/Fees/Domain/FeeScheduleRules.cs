using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>
/// What makes a schedule publishable: bands contiguous from 1 inhabitant upwards, no overlap, the
/// last one open; amounts not negative with at most 2 decimals; formulas with a minimum not above
/// the maximum; positive factors; each country in one group at most.
/// </summary>
internal static class FeeScheduleRules
{
    public static IReadOnlyList<FeeScheduleError> Validate(FeeSchedule schedule)
    {
        var errors = new List<FeeScheduleError>();
        if (schedule.Year is < FeeSchedule.FirstYear or > FeeSchedule.LastYear)
        {
            errors.Add(new(FeeScheduleErrorCode.YearOutOfRange));
        }

        if (schedule.PopulationReferenceDate.Year > schedule.Year || schedule.PopulationReferenceDate.Year < schedule.Year - 5)
        {
            errors.Add(new(FeeScheduleErrorCode.ReferenceDateOutOfRange));
        }

        if (schedule.Categories.Count == 0)
        {
            errors.Add(new(FeeScheduleErrorCode.NoCategory));
        }

        foreach (var duplicate in schedule.Categories.GroupBy(c => c.Category).Where(g => g.Count() > 1))
        {
            errors.Add(new(FeeScheduleErrorCode.CategoryTwice, duplicate.Key));
        }

        foreach (var category in schedule.Categories)
        {
            errors.AddRange(category.Method == FeeMethod.Bands ? ValidateBands(category) : ValidateFormula(category));
        }

        errors.AddRange(ValidateGroups(schedule.CountryGroups));
        return errors;
    }

    private static IEnumerable<FeeScheduleError> ValidateBands(CategoryFee category)
    {
        var bands = category.Bands;
        if (bands.Count == 0)
        {
            yield return new(FeeScheduleErrorCode.NoBand, category.Category);
            yield break;
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.To is { } to && to < band.From)
            {
                yield return new(FeeScheduleErrorCode.BandEndsBeforeItStarts, category.Category, i);
            }

            foreach (var error in ValidateAmount(band.Amount, category, i))
            {
                yield return error;
            }

            if (i == 0 && band.From != 1)
            {
                yield return new(FeeScheduleErrorCode.FirstBandMustStartAtOne, category.Category, i);
            }

            if (i > 0 && bands[i - 1].To is { } previousEnd)
            {
                if (band.From <= previousEnd)
                {
                    yield return new(FeeScheduleErrorCode.BandsOverlap, category.Category, i);
                }
                else if (band.From > previousEnd + 1)
                {
                    yield return new(FeeScheduleErrorCode.BandsLeaveAGap, category.Category, i);
                }
            }

            if (i < bands.Count - 1 && band.To is null)
            {
                yield return new(FeeScheduleErrorCode.OnlyTheLastBandIsOpen, category.Category, i);
            }
        }

        if (bands[^1].To is not null)
        {
            yield return new(FeeScheduleErrorCode.LastBandMustBeOpen, category.Category, bands.Count - 1);
        }
    }

    private static IEnumerable<FeeScheduleError> ValidateFormula(CategoryFee category)
    {
        if (category.Formula is not { } formula)
        {
            yield return new(FeeScheduleErrorCode.NoFormula, category.Category);
            yield break;
        }

        foreach (var amount in new[] { formula.Base, formula.Minimum, formula.Maximum ?? 0m })
        {
            foreach (var error in ValidateAmount(amount, category, null))
            {
                yield return error;
            }
        }

        if (formula.PerInhabitant < 0)
        {
            yield return new(FeeScheduleErrorCode.AmountNegative, category.Category);
        }

        if (decimal.Round(formula.PerInhabitant, FeeFormula.RateDecimals) != formula.PerInhabitant)
        {
            yield return new(FeeScheduleErrorCode.RateTooPrecise, category.Category);
        }

        if (formula.Maximum is { } max && max < formula.Minimum)
        {
            yield return new(FeeScheduleErrorCode.MinimumAboveMaximum, category.Category);
        }
    }

    private static IEnumerable<FeeScheduleError> ValidateAmount(decimal amount, CategoryFee category, int? band)
    {
        if (amount < 0)
        {
            yield return new(FeeScheduleErrorCode.AmountNegative, category.Category, band);
        }

        if (!FeeRounding.HasAtMostTwoDecimals(amount))
        {
            yield return new(FeeScheduleErrorCode.AmountTooPrecise, category.Category, band);
        }
    }

    private static IEnumerable<FeeScheduleError> ValidateGroups(List<CountryGroup> groups)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            if (group.Factor <= 0 || decimal.Round(group.Factor, 4) != group.Factor)
            {
                yield return new(FeeScheduleErrorCode.FactorNotValid, Detail: group.Name);
            }

            foreach (var country in group.Countries)
            {
                if (!Countries.Exists(country))
                {
                    yield return new(FeeScheduleErrorCode.UnknownCountry, Detail: country);
                }
                else if (!seen.Add(country))
                {
                    yield return new(FeeScheduleErrorCode.CountryInTwoGroups, Detail: country);
                }
            }
        }
    }
}

/// <summary>Why a schedule cannot be published (or a change refused): a code the page turns into a localised message.</summary>
internal sealed record FeeScheduleError(
    FeeScheduleErrorCode Code,
    Membership.Contracts.MembershipCategory? Category = null,
    int? Band = null,
    string? Detail = null);

internal enum FeeScheduleErrorCode
{
    YearOutOfRange,
    ReferenceDateOutOfRange,
    NoCategory,
    CategoryTwice,
    NoBand,
    FirstBandMustStartAtOne,
    BandEndsBeforeItStarts,
    BandsOverlap,
    BandsLeaveAGap,
    OnlyTheLastBandIsOpen,
    LastBandMustBeOpen,
    NoFormula,
    AmountNegative,
    AmountTooPrecise,
    RateTooPrecise,
    MinimumAboveMaximum,
    FactorNotValid,
    UnknownCountry,
    CountryInTwoGroups,
    AlreadyPublished,
}
