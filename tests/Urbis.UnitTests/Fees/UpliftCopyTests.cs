using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.UnitTests.Fees;

public sealed class UpliftCopyTests
{
    [Fact]
    public void A_copy_raises_every_band_and_rounds_to_the_step()
    {
        var copy = Schedules.WithBands().CopyForYear(2028, 2.5m, 10m);
        copy.Year.ShouldBe(2028);
        copy.IsPublished.ShouldBeFalse();
        copy.PopulationReferenceDate.ShouldBe(new DateOnly(2028, 1, 1));
        // 500 → 512.5 → 510; 2,000 → 2,050; 4,500 → 4,612.5 → 4,610; 9,000 → 9,225 → 9,230
        copy.For(MembershipCategory.Full)!.Bands.Select(b => b.Amount).ShouldBe([510m, 2_050m, 4_610m, 9_230m]);
        copy.For(MembershipCategory.Full)!.Bands.Select(b => (b.From, b.To)).ShouldBe([(1, 10_000), (10_001, 100_000), (100_001, 250_000), (250_001, (int?)null)]);
        FeeScheduleRules.Validate(copy).ShouldBeEmpty();
    }

    [Fact]
    public void A_copy_without_uplift_is_identical_and_independent()
    {
        var original = Schedules.WithBands();
        original.CountryGroups.Add(new CountryGroup { Name = "B", Factor = 0.6m, Countries = ["PT"] });
        var copy = original.CopyForYear(2028, 0m, 0.01m);
        copy.For(MembershipCategory.Full)!.Bands.Select(b => b.Amount).ShouldBe([500m, 2_000m, 4_500m, 9_000m]);
        copy.CountryGroups.Single().Countries.Add("GR");
        original.CountryGroups.Single().Countries.ShouldBe(["PT"]);
    }

    [Fact]
    public void A_copy_raises_a_formula_keeping_the_rate_precise()
    {
        var copy = Schedules.WithFormula(300m, 0.0123m, 1_000m, 12_000m).CopyForYear(2028, 3m, 1m);
        var formula = copy.For(MembershipCategory.Associate)!.Formula!;
        formula.Base.ShouldBe(309m);
        formula.PerInhabitant.ShouldBe(0.012669m);
        formula.Minimum.ShouldBe(1_030m);
        formula.Maximum.ShouldBe(12_360m);
    }

    [Theory]
    [InlineData("512.5", "10", "510")]
    [InlineData("515", "10", "520")]
    [InlineData("512.499", "0.01", "512.50")]
    [InlineData("512.345", "0", "512.35")]
    [InlineData("1234.56", "50", "1250")]
    public void Rounding_to_a_step_goes_to_the_nearest_multiple(string amount, string step, string expected) =>
        FeeRounding.ToStep(D(amount), D(step)).ShouldBe(D(expected));

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
