using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.UnitTests.Fees;

/// <summary>A draft changes only into a valid scale; a published one never changes.</summary>
public sealed class ReviseTests
{
    [Fact]
    public void A_valid_revision_replaces_the_drafts_content()
    {
        var schedule = Schedules.WithBands();
        var errors = schedule.Revise(JoinerRule.FullYear, new DateOnly(2026, 12, 31), [Bands((1, null, 700m))], [new CountryGroup { Name = "B", Factor = 0.5m, Countries = ["PT"] }]);
        errors.ShouldBeEmpty();
        schedule.JoinerRule.ShouldBe(JoinerRule.FullYear);
        schedule.PopulationReferenceDate.ShouldBe(new DateOnly(2026, 12, 31));
        schedule.For(MembershipCategory.Full)!.Bands.Single().Amount.ShouldBe(700m);
        schedule.CountryGroups.Single().Name.ShouldBe("B");
    }

    [Fact]
    public void An_invalid_revision_changes_nothing()
    {
        var schedule = Schedules.WithBands();
        var errors = schedule.Revise(JoinerRule.FullYear, new DateOnly(2027, 1, 1), [Bands((1, 100, 1m), (50, null, 2m))], []);
        errors.Select(e => e.Code).ShouldBe([FeeScheduleErrorCode.BandsOverlap]);
        errors.Single().Band.ShouldBe(1);
        schedule.JoinerRule.ShouldBe(JoinerRule.ProRataByQuarter);
        schedule.For(MembershipCategory.Full)!.Bands.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(2028, 1, 1)]
    [InlineData(2021, 12, 31)]
    public void Populations_are_taken_in_the_year_or_the_five_before(int year, int month, int day) =>
        Schedules.WithBands(2027).Revise(JoinerRule.FullYear, new DateOnly(year, month, day), [Bands((1, null, 1m))], [])
            .Select(e => e.Code).ShouldBe([FeeScheduleErrorCode.ReferenceDateOutOfRange]);

    [Fact]
    public void A_published_scale_refuses_any_revision()
    {
        var schedule = Schedules.WithBands();
        schedule.Publish(DateTime.UnixEpoch).ShouldBeEmpty();
        schedule.Revise(JoinerRule.FullYear, new DateOnly(2027, 1, 1), [Bands((1, null, 1m))], []).Single().Code.ShouldBe(FeeScheduleErrorCode.AlreadyPublished);
        schedule.For(MembershipCategory.Full)!.Bands.Count.ShouldBe(4);
        schedule.JoinerRule.ShouldBe(JoinerRule.ProRataByQuarter);
    }

    private static CategoryFee Bands(params (int From, int? To, decimal Amount)[] bands) => new()
    {
        Category = MembershipCategory.Full,
        Method = FeeMethod.Bands,
        Bands = [.. bands.Select(b => new FeeBand { From = b.From, To = b.To, Amount = b.Amount })],
    };
}
