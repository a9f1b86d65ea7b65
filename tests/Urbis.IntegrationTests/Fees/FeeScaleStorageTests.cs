using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.IntegrationTests.Fees;

/// <summary>A schedule's document (bands, formulas, country groups) survives the round trip on both databases.</summary>
public sealed class FeeScaleStorageTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task A_published_schedule_is_read_back_whole_and_prices_fees()
    {
        var schedule = FeeSchedule.Draft(2031);
        schedule.Categories.Add(new CategoryFee
        {
            Category = MembershipCategory.Full,
            Method = FeeMethod.Bands,
            Bands = [new FeeBand { From = 1, To = 100_000, Amount = 2_000.50m }, new FeeBand { From = 100_001, Amount = 9_000m }],
        });
        schedule.Categories.Add(new CategoryFee
        {
            Category = MembershipCategory.Associate,
            Method = FeeMethod.Formula,
            Formula = new FeeFormula { Base = 300m, PerInhabitant = 0.012345m, Minimum = 1_000m, Maximum = 12_000m },
        });
        schedule.CountryGroups.Add(new CountryGroup { Name = "Group B", Factor = 0.6m, Countries = ["PT", "GR"] });
        schedule.Publish(app.Clock.GetUtcNow().UtcDateTime).ShouldBeEmpty();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(schedule);
            await db.SaveChangesAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var scale = scope.ServiceProvider.GetRequiredService<IFeeScale>();
            var published = (await scale.PublishedAsync(2031, CancellationToken.None))!;
            published.Categories.Select(c => c.Category).ShouldBe([MembershipCategory.Full, MembershipCategory.Associate]);
            published.Categories[0].Bands.ShouldBe([new BandScale(1, 100_000, 2_000.50m), new BandScale(100_001, null, 9_000m)]);
            published.Categories[1].Formula.ShouldBe(new FormulaScale(300m, 0.012345m, 1_000m, 12_000m));
            published.CountryGroups.Single().Countries.ShouldBe(["PT", "GR"]);

            (await scale.EstimateAsync(2031, MembershipCategory.Full, "GR", 150_000, CancellationToken.None))!.Amount.ShouldBe(5_400m);
            (await scale.EstimateAsync(2031, MembershipCategory.Associate, "FR", 500_000, CancellationToken.None))!.Amount.ShouldBe(6_472.50m);
            (await scale.EstimateAsync(2032, MembershipCategory.Full, "FR", 1_000, CancellationToken.None)).ShouldBeNull();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Set<FeeSchedule>().SingleAsync(s => s.Year == 2031);
            stored.IsPublished.ShouldBeTrue();
            stored.PopulationReferenceDate.ShouldBe(new DateOnly(2031, 1, 1));
        }
    }
}
