using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.UnitTests.Fees;

public sealed class FeeCalculatorTests
{
    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 500)]
    [InlineData(9_999, 500)]
    [InlineData(10_000, 500)]
    [InlineData(10_001, 2_000)]
    [InlineData(10_002, 2_000)]
    [InlineData(99_999, 2_000)]
    [InlineData(100_000, 2_000)]
    [InlineData(100_001, 4_500)]
    [InlineData(249_999, 4_500)]
    [InlineData(250_000, 4_500)]
    [InlineData(250_001, 9_000)]
    [InlineData(2_138_551, 9_000)]
    [InlineData(2_147_483_647, 9_000)]
    [InlineData(10_000_000_000, 9_000)]
    public void Each_population_falls_in_its_band_edges_included(long population, decimal fee)
    {
        var quote = FeeCalculator.Quote(Schedules.WithBands(), MembershipCategory.Full, "FR", population);
        quote.Succeeded.ShouldBeTrue();
        quote.Amount.ShouldBe(fee);
        quote.Band!.Contains(population).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_population_below_one_has_no_fee(long population) =>
        FeeCalculator.Quote(Schedules.WithBands(), MembershipCategory.Full, "FR", population).Error.ShouldBe(FeeQuoteError.PopulationNotPositive);

    [Fact]
    public void A_category_the_schedule_does_not_price_has_no_fee() =>
        FeeCalculator.Quote(Schedules.WithBands(), MembershipCategory.NationalForum, "FR", 1000).Error.ShouldBe(FeeQuoteError.CategoryNotInSchedule);

    [Theory]
    [InlineData(1, 1_000)]            // 300 + 0.01 → below the minimum
    [InlineData(50_000, 1_000)]       // 300 + 500 = 800 → minimum
    [InlineData(100_000, 1_300)]      // 300 + 1,000
    [InlineData(500_000, 5_300)]      // 300 + 5,000
    [InlineData(2_000_000, 12_000)]   // 300 + 20,000 → maximum
    public void A_formula_is_kept_between_its_minimum_and_maximum(long population, decimal fee) =>
        FeeCalculator.Quote(Schedules.WithFormula(300m, 0.01m, 1_000m, 12_000m), MembershipCategory.Associate, "IT", population).Amount.ShouldBe(fee);

    [Fact]
    public void A_formula_without_maximum_grows_with_the_population() =>
        FeeCalculator.Quote(Schedules.WithFormula(0m, 0.005m, 0m, null), MembershipCategory.Associate, "IT", 3_000_000_000).Amount.ShouldBe(15_000_000m);

    [Fact]
    public void A_country_group_factor_multiplies_the_fee_and_is_explained()
    {
        var schedule = Schedules.WithBands();
        schedule.CountryGroups.Add(new CountryGroup { Name = "Group B", Factor = 0.6m, Countries = ["PT", "GR"] });
        var quote = FeeCalculator.Quote(schedule, MembershipCategory.Full, "pt", 150_000);
        quote.Amount.ShouldBe(2_700m);
        quote.AmountBeforeFactor.ShouldBe(4_500m);
        quote.Group!.Name.ShouldBe("Group B");
        FeeCalculator.Quote(schedule, MembershipCategory.Full, "FR", 150_000).Amount.ShouldBe(4_500m);
    }

    [Fact]
    public void Amounts_are_rounded_to_the_cent_half_away_from_zero()
    {
        // 0.000125 × 100,004 = 12.5005 → 12.50; × factor 1.1 = 13.75055 → 13.75
        var schedule = Schedules.WithFormula(0m, 0.000125m, 0m, null);
        FeeCalculator.Quote(schedule, MembershipCategory.Associate, "FR", 100_004).Amount.ShouldBe(12.50m);
        FeeCalculator.Quote(Schedules.WithFormula(0m, 0.000125m, 0m, null), MembershipCategory.Associate, "FR", 20).Amount.ShouldBe(0.00m); // 0.0025
        FeeCalculator.Quote(Schedules.WithFormula(0m, 0.000125m, 0m, null), MembershipCategory.Associate, "FR", 40).Amount.ShouldBe(0.01m); // 0.005 → up
        schedule.CountryGroups.Add(new CountryGroup { Name = "Higher", Factor = 1.1m, Countries = ["LU"] });
        FeeCalculator.Quote(schedule, MembershipCategory.Associate, "LU", 100_004).Amount.ShouldBe(13.75m);
    }

    [Theory]
    [InlineData(nameof(JoinerRule.FullYear), 2027, 5, 4_000)]
    [InlineData(nameof(JoinerRule.FromNextYear), 2027, 5, 0)]
    [InlineData(nameof(JoinerRule.ProRataByQuarter), 2027, 1, 4_000)]
    [InlineData(nameof(JoinerRule.ProRataByQuarter), 2027, 3, 4_000)]
    [InlineData(nameof(JoinerRule.ProRataByQuarter), 2027, 4, 3_000)]
    [InlineData(nameof(JoinerRule.ProRataByQuarter), 2027, 9, 2_000)]
    [InlineData(nameof(JoinerRule.ProRataByQuarter), 2027, 12, 1_000)]
    [InlineData(nameof(JoinerRule.FromNextYear), 2026, 12, 4_000)]
    [InlineData(nameof(JoinerRule.ProRataByQuarter), 2028, 1, 0)]
    public void Members_joining_during_the_year_pay_by_the_schedule_rule(string rule, int joinedYear, int joinedMonth, decimal due) =>
        FeeCalculator.ForJoiner(4_000m, Enum.Parse<JoinerRule>(rule), new DateOnly(joinedYear, joinedMonth, 15), 2027).ShouldBe(due);
}
