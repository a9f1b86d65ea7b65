using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.UnitTests.Fees;

public sealed class FeeScheduleRulesTests
{
    [Fact]
    public void Contiguous_bands_from_one_upwards_are_valid() =>
        FeeScheduleRules.Validate(Schedules.WithBands()).ShouldBeEmpty();

    [Fact]
    public void Bands_must_start_at_one_inhabitant() =>
        Codes(Schedules.WithBands(2027, (2, 100, 1m), (101, null, 2m))).ShouldContain(FeeScheduleErrorCode.FirstBandMustStartAtOne);

    [Fact]
    public void Overlapping_bands_are_refused() =>
        Codes(Schedules.WithBands(2027, (1, 100, 1m), (100, null, 2m))).ShouldBe([FeeScheduleErrorCode.BandsOverlap]);

    [Fact]
    public void A_gap_between_bands_is_refused() =>
        Codes(Schedules.WithBands(2027, (1, 100, 1m), (102, null, 2m))).ShouldBe([FeeScheduleErrorCode.BandsLeaveAGap]);

    [Fact]
    public void The_last_band_must_cover_every_larger_population() =>
        Codes(Schedules.WithBands(2027, (1, 100, 1m), (101, 1_000, 2m))).ShouldBe([FeeScheduleErrorCode.LastBandMustBeOpen]);

    [Fact]
    public void Only_the_last_band_may_be_open() =>
        Codes(Schedules.WithBands(2027, (1, null, 1m), (101, null, 2m))).ShouldContain(FeeScheduleErrorCode.OnlyTheLastBandIsOpen);

    [Fact]
    public void A_band_cannot_end_before_it_starts() =>
        Codes(Schedules.WithBands(2027, (1, 100, 1m), (101, 50, 2m), (51, null, 3m))).ShouldContain(FeeScheduleErrorCode.BandEndsBeforeItStarts);

    [Theory]
    [InlineData("-0.01", nameof(FeeScheduleErrorCode.AmountNegative))]
    [InlineData("10.005", nameof(FeeScheduleErrorCode.AmountTooPrecise))]
    public void Amounts_are_not_negative_and_have_at_most_two_decimals(string amount, string code) =>
        Codes(Schedules.WithBands(2027, (1, 100, 1m), (101, null, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)))).ShouldBe([Enum.Parse<FeeScheduleErrorCode>(code)]);

    [Fact]
    public void A_formula_minimum_above_its_maximum_is_refused() =>
        Codes(Schedules.WithFormula(0m, 0.01m, 5_000m, 1_000m)).ShouldBe([FeeScheduleErrorCode.MinimumAboveMaximum]);

    [Fact]
    public void A_country_cannot_be_in_two_groups_and_must_exist()
    {
        var schedule = Schedules.WithBands();
        schedule.CountryGroups.Add(new CountryGroup { Name = "A", Factor = 0.5m, Countries = ["PT", "ZZ"] });
        schedule.CountryGroups.Add(new CountryGroup { Name = "B", Factor = 0m, Countries = ["pt"] });
        Codes(schedule).ShouldBe([FeeScheduleErrorCode.UnknownCountry, FeeScheduleErrorCode.FactorNotValid, FeeScheduleErrorCode.CountryInTwoGroups], ignoreOrder: true);
    }

    [Fact]
    public void A_schedule_needs_a_category_and_a_sensible_year()
    {
        Codes(Domain(1999)).ShouldBe([FeeScheduleErrorCode.YearOutOfRange, FeeScheduleErrorCode.NoCategory], ignoreOrder: true);

        static FeeSchedule Domain(int year) => FeeSchedule.Draft(year);
    }

    [Fact]
    public void Publishing_freezes_a_valid_schedule_once()
    {
        var schedule = Schedules.WithBands();
        var now = new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
        schedule.Publish(now).ShouldBeEmpty();
        schedule.IsPublished.ShouldBeTrue();
        schedule.PublishedAt.ShouldBe(now);
        schedule.Publish(now).Single().Code.ShouldBe(FeeScheduleErrorCode.AlreadyPublished);
    }

    [Fact]
    public void An_invalid_schedule_stays_a_draft()
    {
        var schedule = Schedules.WithBands(2027, (1, 100, 1m), (100, null, 2m));
        schedule.Publish(DateTime.UnixEpoch).ShouldNotBeEmpty();
        schedule.IsPublished.ShouldBeFalse();
    }

    private static IReadOnlyList<FeeScheduleErrorCode> Codes(FeeSchedule schedule) => [.. FeeScheduleRules.Validate(schedule).Select(e => e.Code)];
}
