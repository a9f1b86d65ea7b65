using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Administration;

/// <summary>
/// The back office's home shows real figures. One test in its own host: the network's figures are
/// kept a few minutes once read, so the members must exist before the first page asks.
/// </summary>
public sealed class OfficeTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_back_office_shows_the_networks_figures_accounts_per_role_and_for_administrators_the_latest_changes()
    {
        await app.AddAuthorityAsync("Nantes", "FR");
        await app.AddAuthorityAsync("Rennes", "FR");
        await app.AddAuthorityAsync("Gent", "BE");
        await app.InviteAsync(Roles.Finance);
        app.Clock.Advance(TimeSpan.FromDays(8));
        await app.InviteAsync(Roles.MemberUser);
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var partner = await app.InviteAsync(Roles.PartnerExpert);
        await admin.Client.ChangeAccountAsync(partner.Id, "#deactivate-form");

        var page = await admin.Client.GetPageAsync("/office");

        page.Status.ShouldBe(HttpStatusCode.OK);
        Figure(page, "members").ShouldBe("3");
        Figure(page, "countries").ShouldBe("2");
        Figure(page, "pending").ShouldBe("2");
        page.Document.QuerySelector("[data-testid=figures]")!.TextContent.ShouldContain("of which 1 expired");
        Role(page, Roles.Administrator).ShouldBe(["Administrator", "1", "0", "0"]);
        Role(page, Roles.SecretariatStaff).ShouldBe(["Secretariat staff", "1", "0", "0"]);
        Role(page, Roles.Finance).ShouldBe(["Finance", "0", "1", "0"]);
        Role(page, Roles.MemberUser).ShouldBe(["Member user", "0", "1", "0"]);
        Role(page, Roles.PartnerExpert).ShouldBe(["Partner or expert", "0", "0", "1"]);
        var latest = page.Document.QuerySelectorAll("[data-testid=latest-audit] tbody tr");
        latest.Length.ShouldBe(10);
        // The deactivation and the row change it made happened at the same instant: either comes first.
        latest.Take(2).ShouldContain(r => r.Children[2].TextContent.Trim() == "Deactivated" && r.Children[1].TextContent.Trim() == admin.User.Name);
        page.Document.QuerySelector("a[href='/admin/audit']").ShouldNotBeNull();

        var staffView = await staff.Client.GetPageAsync("/office");
        Figure(staffView, "members").ShouldBe("3");
        staffView.Document.QuerySelector("[data-testid=latest-audit]").ShouldBeNull();
        staffView.Document.QuerySelector("main a[href^='/admin/']").ShouldBeNull();
        app.MissingTranslations.ShouldBeEmpty();
    }

    private static string Figure(HtmlPage page, string name) =>
        page.Document.QuerySelector($"[data-figure={name}]")!.TextContent.Trim();

    private static List<string> Role(HtmlPage page, string role) =>
        [.. page.Document.QuerySelector($"[data-testid=accounts-per-role] tr[data-role={role}]")!.Children.Select(c => c.TextContent.Trim())];
}
