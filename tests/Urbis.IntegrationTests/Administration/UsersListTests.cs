using System.Net;
using AngleSharp.Dom;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Administration;

/// <summary>The list of accounts: pages, search, filters, counts and sorting.</summary>
public sealed class UsersListTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Accounts_come_25_to_a_page_with_accessible_page_links()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var town = await PopulateAsync(30);

        var first = await admin.Client.GetPageAsync($"/admin/users?authority={Uri.EscapeDataString(town.Name)}");
        Rows(first).Count.ShouldBe(25);
        Names(first)[0].ShouldBe($"Zora 00 {town.Tag}");
        first.Document.QuerySelector("[data-testid=users] caption")!.TextContent.ShouldBe("30 accounts, page 1 of 2");
        var pages = first.Document.QuerySelector("nav[aria-label='Pages of accounts']");
        pages.ShouldNotBeNull();
        var current = pages.QuerySelector("a[aria-current=page]")!;
        current.TextContent.ShouldBe("1");
        current.GetAttribute("aria-label").ShouldBe("Page 1");
        var next = pages.QuerySelector("a[aria-label='Page 2']")!.GetAttribute("href")!;
        next.ShouldBe($"/admin/users?authority={Uri.EscapeDataString(town.Name)}&p=2");

        var second = await admin.Client.GetPageAsync(next);
        Rows(second).Count.ShouldBe(5);
        Names(second).ShouldBe([.. Enumerable.Range(25, 5).Select(i => $"Zora {i:00} {town.Tag}")]);
        second.Document.QuerySelector("nav[aria-label='Pages of accounts'] a[aria-current=page]")!.TextContent.ShouldBe("2");
        var row = Rows(second)[0];
        row.QuerySelector("td:nth-child(3)")!.TextContent.Trim().ShouldBe("Member user");
        row.QuerySelector("td:nth-child(4)")!.TextContent.Trim().ShouldBe(town.Name);
        row.QuerySelector("td:nth-child(5) .badge")!.TextContent.ShouldBe("Invitation pending");
    }

    [Fact]
    public async Task The_search_finds_accounts_by_name_or_e_mail_and_takes_wildcards_literally()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var town = await PopulateAsync(12);

        var one = await admin.Client.GetPageAsync($"/admin/users?q=ZORA+07+{town.Tag}");
        Names(one).ShouldBe([$"Zora 07 {town.Tag}"]);
        one.Document.QuerySelector("[data-testid=users] caption")!.TextContent.ShouldBe("1 account, page 1 of 1");
        Names(await admin.Client.GetPageAsync($"/admin/users?q=zora11.{town.Tag}%40")).ShouldBe([$"Zora 11 {town.Tag}"]);
        Names(await admin.Client.GetPageAsync($"/admin/users?q=zora%25{town.Tag}")).ShouldBeEmpty();
        Names(await admin.Client.GetPageAsync($"/admin/users?q=zora_0+{town.Tag}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_the_counts_per_status_follow_them()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var town = await PopulateAsync(8, accepted: 3);
        var coordinator = await app.InviteAsync(Roles.MemberCoordinator, town.Id, name: $"Coordinator {town.Tag}");
        await admin.Client.ChangeAccountAsync(town.People[0].Id, "#deactivate-form");
        await admin.Client.ChangeAccountAsync(town.People[7].Id, "#deactivate-form");
        var byTown = $"/admin/users?authority={Uri.EscapeDataString(town.Name)}";

        var all = await admin.Client.GetPageAsync(byTown);
        Counts(all).ShouldBe(new Dictionary<string, string> { ["All"] = "9", ["Active"] = "2", ["InvitationPending"] = "5", ["Deactivated"] = "2" });

        var deactivated = await admin.Client.GetPageAsync(byTown + "&status=Deactivated");
        Names(deactivated).ShouldBe([$"Zora 00 {town.Tag}", $"Zora 07 {town.Tag}"]);
        Rows(deactivated).Select(r => r.QuerySelector("td:nth-child(5)")!.TextContent.Trim()).ShouldAllBe(s => s == "Deactivated");
        Counts(deactivated)["Active"].ShouldBe("2");
        deactivated.Document.QuerySelector("[data-testid=status-counts] a[aria-current]")!.TextContent.ShouldContain("Deactivated");

        Names(await admin.Client.GetPageAsync(byTown + "&status=Active")).ShouldBe([$"Zora 01 {town.Tag}", $"Zora 02 {town.Tag}"]);
        Names(await admin.Client.GetPageAsync(byTown + "&role=MemberCoordinator")).ShouldBe([coordinator.Name]);
        Names(await admin.Client.GetPageAsync($"/admin/users?role=MemberCoordinator&q={town.Tag}&status=InvitationPending")).ShouldBe([coordinator.Name]);

        // Values nobody could choose from the form are ignored, not an error.
        var odd = await admin.Client.GetPageAsync(byTown + "&role=Emperor&status=Zombie&sort=Height&p=-4");
        odd.Status.ShouldBe(HttpStatusCode.OK);
        Rows(odd).Count.ShouldBe(9);

        var form = await admin.Client.SubmitGetAsync(all, new Dictionary<string, string> { ["status"] = "InvitationPending", ["role"] = "MemberUser" });
        Names(form).Count.ShouldBe(4);
    }

    [Fact]
    public async Task The_list_sorts_by_last_sign_in_and_by_creation()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var town = await PopulateAsync(5, accepted: 3);
        var byTown = $"/admin/users?authority={Uri.EscapeDataString(town.Name)}";

        Names(await admin.Client.GetPageAsync(byTown + "&sort=LastSignIn")).ShouldBe(
            [.. new[] { 2, 1, 0, 3, 4 }.Select(i => $"Zora {i:00} {town.Tag}")]);
        Names(await admin.Client.GetPageAsync(byTown + "&sort=Created")).ShouldBe(
            [.. new[] { 4, 3, 2, 1, 0 }.Select(i => $"Zora {i:00} {town.Tag}")]);
        Names(await admin.Client.GetPageAsync(byTown)).ShouldBe(
            [.. new[] { 0, 1, 2, 3, 4 }.Select(i => $"Zora {i:00} {town.Tag}")]);
    }

    [Fact]
    public async Task A_page_costs_the_same_number_of_queries_whatever_the_number_of_rows()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var town = await PopulateAsync(26);
        var url = $"/admin/users?authority={Uri.EscapeDataString(town.Name)}";
        await admin.Client.GetPageAsync(url);

        var full = await app.CountQueriesAsync(() => admin.Client.GetPageAsync(url));
        var one = await app.CountQueriesAsync(() => admin.Client.GetPageAsync(url + "&p=2"));

        Rows(await admin.Client.GetPageAsync(url)).Count.ShouldBe(25);
        full.ShouldBe(one);
        full.ShouldBeInRange(5, 8);
    }

    private static List<IElement> Rows(HtmlPage page) => [.. page.Document.QuerySelectorAll("[data-testid=users] tbody tr")];

    private static List<string> Names(HtmlPage page) => [.. Rows(page).Select(r => r.QuerySelector("th")!.TextContent.Trim())];

    private static Dictionary<string, string> Counts(HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=status-counts] [data-status]").ToDictionary(b => b.GetAttribute("data-status")!, b => b.TextContent.Trim());

    /// <summary>An authority with its member users, named "Zora NN tag", created a second apart; the first few accepted in order.</summary>
    private async Task<Town> PopulateAsync(int count, int accepted = 0)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var name = $"Listburg {tag}";
        var id = (await app.AddAuthorityAsync(name, "DE", 50_000, member: false)).Id;
        var people = new List<TestUser>();
        for (var i = 0; i < count; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            people.Add(await app.InviteAsync(Roles.MemberUser, id, email: $"zora{i:00}.{tag}@list.example", name: $"Zora {i:00} {tag}"));
        }

        foreach (var person in people.Take(accepted))
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            await app.AcceptInvitationAsync(person);
        }

        return new Town(id, name, tag, people);
    }

    private sealed record Town(Guid Id, string Name, string Tag, List<TestUser> People);
}
