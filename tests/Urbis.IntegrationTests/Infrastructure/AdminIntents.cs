using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>Intents of the administration and members' area tests.</summary>
public partial class UrbisApp
{
    /// <summary>
    /// An authority that is an active member. Like <see cref="CreateAuthorityAsync"/>, written
    /// directly: no page creates memberships yet (approving applications will).
    /// </summary>
    public async Task<Guid> CreateMemberAuthorityAsync(string name, string country = "FR", int population = 100_000, int? populationYear = 2024)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var authority = new Authority
        {
            OfficialName = name,
            CountryCode = country,
            Population = population,
            PopulationYear = populationYear,
            Type = AuthorityType.City,
            CreatedAt = now,
        };
        db.Add(authority);
        db.Add(new Membership
        {
            AuthorityId = authority.Id,
            Category = MembershipCategory.Full,
            Status = MembershipStatus.Active,
            StartDate = new DateOnly(2020, 1, 1),
            CreatedAt = now,
        });
        await db.SaveChangesAsync();
        return authority.Id;
    }

    /// <summary>An account of the role that accepted its invitation but has not set up two-factor.</summary>
    public async Task<SignedIn> SignInWithoutTwoFactorAsync(string role)
    {
        var user = await InviteAsync(role);
        return new SignedIn(await AcceptInvitationAsync(user), user);
    }

    /// <summary>Counts the SQL commands this app's database runs while <paramref name="action"/> runs.</summary>
    public async Task<int> CountQueriesAsync(Func<Task> action)
    {
        using var counter = new QueryCounter(Database.ConnectionString);
        await action();
        return counter.Count;
    }
}

/// <summary>What the server answered: a refusal, a redirect to sign in, ...</summary>
public static class Answers
{
    /// <summary>Refused with 403 at the address asked for, with the friendly 403 page.</summary>
    public static async Task ShouldBeForbiddenAsync(this HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        page.Status.ShouldBe(HttpStatusCode.Forbidden, $"{url} answered {page.Status} at {page.Address}");
        page.Text.ShouldContain("You cannot open this page");
    }

    /// <summary>The first answer is a redirect to <paramref name="path"/> (path only, query ignored).</summary>
    public static async Task ShouldRedirectToAsync(this HttpClient client, string url, string path)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{url} answered {response.StatusCode}");
        var location = response.Headers.Location!;
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("https://localhost"), location);
        absolute.AbsolutePath.ShouldBe(path);
    }
}
