using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.Web.Modules.Fees.Schedules;

/// <summary>The rules a scale broke, said plainly, with the category and band they are about.</summary>
internal sealed class ScheduleErrors(IStringLocalizer<FeesResource> l, FeeTexts texts)
{
    public string Message(FeeScheduleError error)
    {
        var text = error.Code switch
        {
            FeeScheduleErrorCode.YearOutOfRange => l["The year must be between {0} and {1}.", FeeSchedule.FirstYear, FeeSchedule.LastYear],
            FeeScheduleErrorCode.ReferenceDateOutOfRange => l["The reference date for populations must fall in the scale's year or the five years before."],
            FeeScheduleErrorCode.NoCategory => l["Price at least one membership category."],
            FeeScheduleErrorCode.CategoryTwice => l["A category is priced twice."],
            FeeScheduleErrorCode.NoBand => l["Give at least one population band."],
            FeeScheduleErrorCode.FirstBandMustStartAtOne => l["The first band must start at 1 inhabitant."],
            FeeScheduleErrorCode.BandEndsBeforeItStarts => l["The band ends before it starts."],
            FeeScheduleErrorCode.BandsOverlap => l["The band overlaps the previous one: it must start just after the previous band ends."],
            FeeScheduleErrorCode.BandsLeaveAGap => l["There is a gap before this band: it must start just after the previous band ends."],
            FeeScheduleErrorCode.OnlyTheLastBandIsOpen => l["Only the last band may be left without an upper limit."],
            FeeScheduleErrorCode.LastBandMustBeOpen => l["Leave the upper limit of the last band empty, so that every population is covered."],
            FeeScheduleErrorCode.NoFormula => l["Give the formula's amounts."],
            FeeScheduleErrorCode.AmountNegative => l["Amounts cannot be negative."],
            FeeScheduleErrorCode.AmountTooPrecise => l["Amounts have at most 2 decimals."],
            FeeScheduleErrorCode.RateTooPrecise => l["The amount per inhabitant has at most 6 decimals."],
            FeeScheduleErrorCode.MinimumAboveMaximum => l["The minimum is above the maximum."],
            FeeScheduleErrorCode.FactorNotValid => l["The factor of group {0} must be above 0, with at most 4 decimals.", error.Detail ?? ""],
            FeeScheduleErrorCode.UnknownCountry => l["{0} is not a country code of the list (e.g. PT, GR).", error.Detail ?? ""],
            FeeScheduleErrorCode.CountryInTwoGroups => l["{0} is in two country groups.", error.Detail ?? ""],
            _ => l["This scale is published: it can no longer change. Prepare the next year's scale from a copy instead."],
        };
        return error.Category is not { } category ? text
            : error.Band is { } band ? l["{0}, band {1}: {2}", texts.Category(category), band + 1, text]
            : l["{0}: {1}", texts.Category(category), text];
    }
}
