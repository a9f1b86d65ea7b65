using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Platform;

/// <summary>Urbis as the README's first command starts it: an empty database gets the demo network.</summary>
public sealed class DemoNetworkApp : UrbisApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };
}

/// <summary>The demo network: real cities, every role's account, this year's fees, applications to review; seeded once.</summary>
public sealed class DemoNetworkTests(DemoNetworkApp app) : IClassFixture<DemoNetworkApp>
{
    [Fact]
    public async Task The_first_start_seeds_a_realistic_network_and_seeding_again_adds_nothing()
    {
        var before = await CountAsync();
        before.Authorities.ShouldBeInRange(240, 260);
        before.Countries.ShouldBe(15);
        before.ActiveMemberships.ShouldBe(before.Authorities);
        before.Accounts.ShouldBeGreaterThanOrEqualTo(6);
        before.PublishedYears.ShouldBe([app.ThisYear - 1, app.ThisYear]);
        before.Applications.ShouldBeGreaterThan(0);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedDemoDataIfEmptyAsync();
        }

        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("member@urbis.localhost", "/members")]
    [InlineData("coordinator@urbis.localhost", "/members/membership")]
    [InlineData("partner@urbis.localhost", "/")]
    public async Task A_demo_account_signs_in_with_the_password_the_readme_gives(string email, string page)
    {
        var client = app.NewClient();
        var answer = await UrbisApp.TrySignInAsync(client, email, DemoAccountsSeeder.DemoPassword);
        answer.Status.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetPageAsync(page)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_public_sees_this_years_fees_on_the_join_page()
    {
        var join = await app.NewClient().GetPageAsync("/join");
        join.Document.QuerySelector("[data-testid=fees] [data-category=Full]").ShouldNotBeNull();
        join.Document.QuerySelector("[data-testid=fees-on-request]").ShouldBeNull();
    }

    private async Task<DemoCounts> CountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return new DemoCounts(
            await db.Set<Authority>().CountAsync(),
            await db.Set<Authority>().Select(a => a.CountryCode).Distinct().CountAsync(),
            await db.Set<Membership>().CountAsync(m => m.Status == Urbis.Web.Modules.Membership.Contracts.MembershipStatus.Active),
            await db.Users.CountAsync(),
            [.. await db.Set<FeeSchedule>().Where(s => s.Status == FeeScheduleStatus.Published).Select(s => s.Year).OrderBy(y => y).ToListAsync()],
            await db.Set<Application>().CountAsync());
    }

    private sealed record DemoCounts(int Authorities, int Countries, int ActiveMemberships, int Accounts, List<int> PublishedYears, int Applications)
    {
        public bool Equals(DemoCounts? other) =>
            other is not null && (Authorities, Countries, ActiveMemberships, Accounts, Applications) == (other.Authorities, other.Countries, other.ActiveMemberships, other.Accounts, other.Applications)
            && PublishedYears.SequenceEqual(other.PublishedYears);

        public override int GetHashCode() => HashCode.Combine(Authorities, Countries, ActiveMemberships, Accounts, Applications);
    }
}
