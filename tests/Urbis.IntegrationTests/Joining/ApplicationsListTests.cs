using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Joining;

/// <summary>The secretariat's list of applications: 25 to a page, how many there are, and a search.</summary>
public sealed class ApplicationsListTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Applications_come_25_to_a_page_with_the_filters_kept_in_the_page_links()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var references = new List<string>();
        for (var i = 0; i < 27; i++)
        {
            references.Add(await app.SubmitApplicationAsync($"Gemeinde {i:00}", "LU", $"gemeinde{i:00}@example.lu"));
        }

        var first = await staff.Client.GetPageAsync("/office/applications?country=LU&sort=Name");
        Rows(first).ShouldBe([.. Enumerable.Range(0, 25).Select(i => $"Gemeinde {i:00}")]);
        first.Document.QuerySelector("[data-testid=applications] caption")!.TextContent.ShouldBe("27 applications, page 1 of 2");
        var next = first.Document.QuerySelector("nav[aria-label='Pages of applications'] a[aria-label='Page 2']")!.GetAttribute("href")!;
        next.ShouldContain("country=LU");
        next.ShouldContain("sort=Name");

        var second = await staff.Client.GetPageAsync(next);
        Rows(second).ShouldBe(["Gemeinde 25", "Gemeinde 26"]);
        second.Document.QuerySelector("[data-testid=applications] caption")!.TextContent.ShouldBe("27 applications, page 2 of 2");

        var one = await staff.Client.GetPageAsync("/office/applications?country=LU&q=GEMEÍNDE+26");
        Rows(one).ShouldBe(["Gemeinde 26"]);
        one.Document.QuerySelector("[data-testid=applications] caption")!.TextContent.ShouldBe("1 application, page 1 of 1");
        one.Document.QuerySelector("#q")!.GetAttribute("value").ShouldBe("GEMEÍNDE 26");
        Rows(await staff.Client.GetPageAsync($"/office/applications?q={references[3].ToLowerInvariant()}")).ShouldBe(["Gemeinde 03"]);
        Rows(await staff.Client.GetPageAsync("/office/applications?q=GEMEINDE11%40EXAMPLE")).ShouldBe(["Gemeinde 11"]);
        Rows(await staff.Client.GetPageAsync("/office/applications?q=%25")).ShouldBeEmpty();
        (await staff.Client.GetPageAsync("/office/applications?q=" + new string('x', 5000))).Status.ShouldBe(System.Net.HttpStatusCode.OK);
        var beyond = await staff.Client.GetPageAsync("/office/applications?country=LU&sort=Name&p=99");
        beyond.Status.ShouldBe(System.Net.HttpStatusCode.OK);
        Rows(beyond).ShouldBe(["Gemeinde 25", "Gemeinde 26"]);
        app.MissingTranslations.ShouldBeEmpty();
    }

    private static List<string> Rows(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=applications] tbody th").Select(t => t.TextContent.Trim())];
}
