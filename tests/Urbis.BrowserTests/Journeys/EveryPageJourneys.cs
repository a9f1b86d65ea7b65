using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Urbis.BrowserTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.BrowserTests.Journeys;

/// <summary>Urbis with its demo network, so that lists have rows and detail pages exist.</summary>
public sealed class DemoBrowserApp : BrowserApp
{
    protected override bool SeedDemoData => true;
}

/// <summary>
/// Beyond the journeys: the public and each demo account follow every link they are shown, page
/// after page, in English and in French; every kind of page (one address per route shape) is
/// checked with axe once per language, and none may answer with a server error.
/// </summary>
public sealed partial class EveryPageJourneys(DemoBrowserApp app) : IClassFixture<DemoBrowserApp>
{
    // Who explores, in this order: a page already checked by someone before is not checked again.
    private static readonly string?[] Explorers =
        [null, .. new[] { Roles.MemberCoordinator, Roles.MemberUser, Roles.PartnerExpert, Roles.Finance, Roles.SecretariatStaff, Roles.Administrator }
            .Select(role => DemoAccountsSeeder.Accounts.Single(a => a.Role == role).Email)];

    private const int MostPagesPerExplorer = 40;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Every_kind_of_page_reached_by_following_links_passes_the_accessibility_check(string language)
    {
        var checkedShapes = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var email in Explorers)
        {
            var page = await app.NewPageAsync();
            if (email is not null)
            {
                var account = DemoAccountsSeeder.Accounts.Single(a => a.Email == email);
                await page.SignInAsync(app, email, DemoAccountsSeeder.DemoPassword, account.AuthenticatorKey);
            }

            await page.GotoAsync("/");
            await SwitchLanguageAsync(page, language);
            await ExploreAsync(page, email ?? "the public", checkedShapes, problems);
            await page.Context.CloseAsync();
        }

        problems.ShouldBeEmpty();

        // The demo network has lists, details and forms for every role: far more than a handful of pages.
        checkedShapes.Count.ShouldBeGreaterThan(35, string.Join(Environment.NewLine, checkedShapes.Order()));
    }

    private async Task ExploreAsync(IPage page, string who, HashSet<string> checkedShapes, List<string> problems)
    {
        var queue = new Queue<string>([new Uri(page.Url).PathAndQuery]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Shape(queue.Peek()) };
        var visited = 0;
        while (queue.Count > 0 && visited < MostPagesPerExplorer)
        {
            var address = queue.Dequeue();
            var response = await page.GotoAsync(address);
            visited++;
            if (response is { Status: >= 500 })
            {
                problems.Add($"{who}: {address} answered {response.Status}");
                continue;
            }

            if (checkedShapes.Add(Shape(address)))
            {
                problems.AddRange((await page.SeriousViolationsAsync()).Select(v => $"{who}: {v}"));
            }

            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]:not([download])", "links => links.map(a => a.href)");
            foreach (var link in links.Select(l => new Uri(l)).Where(u => u.Authority == new Uri(app.BaseUrl).Authority).Select(u => u.PathAndQuery))
            {
                if (Followable(link) && seen.Add(Shape(link)) && !checkedShapes.Contains(Shape(link)))
                {
                    queue.Enqueue(link);
                }
            }
        }
    }

    /// <summary>Signs in people keep their own language; the switch in the header changes it (and saves it on their account).</summary>
    private static async Task SwitchLanguageAsync(IPage page, string language)
    {
        if (await page.Locator("html").GetAttributeAsync("lang") == language)
        {
            return;
        }

        await page.ClickAndWaitAsync(page.Locator($"header [role=group] [lang={language}]"));
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(language);
    }

    /// <summary>Pages, not files, downloads, handlers or the language switch; nothing that needs a token from an e-mail.</summary>
    private static bool Followable(string pathAndQuery)
    {
        var path = pathAndQuery.Split('?')[0];
        return !pathAndQuery.Contains("handler=", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWith("/language", StringComparison.Ordinal)
            && !path.StartsWith("/lib/", StringComparison.Ordinal)
            && !path.StartsWith("/css/", StringComparison.Ordinal)
            && !path.StartsWith("/js/", StringComparison.Ordinal)
            && !path.StartsWith("/health", StringComparison.Ordinal)
            && !FileName().IsMatch(path);
    }

    /// <summary>The route shape of an address: ids, numbers and years become one placeholder; the query is left out.</summary>
    private static string Shape(string pathAndQuery) =>
        string.Join('/', pathAndQuery.Split('?')[0].Split('/').Select(segment => segment.Any(char.IsDigit) ? "{x}" : segment));

    [GeneratedRegex(@"\.(pdf|csv|xlsx|ics|eml|xml|png|jpg|svg|txt)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();
}
