using System.Net;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>Intents of the administration and members' area tests.</summary>
public partial class UrbisApp
{
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
