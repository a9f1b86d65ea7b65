using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Administration;

/// <summary>Who may open the back office and the administrators' pages, and what the others get.</summary>
public sealed class AdministrationAccessTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    public static TheoryData<string> AdministratorPages => ["/admin/users", "/admin/users/invite", "/admin/audit"];

    [Theory]
    [MemberData(nameof(AdministratorPages))]
    public async Task An_administrator_opens_the_administration_pages(string url)
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var page = await admin.Client.GetPageAsync(url);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1").ShouldNotBeNull();
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_administrator_opens_an_account_page()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var other = await app.InviteAsync(Roles.PartnerExpert);
        var page = await admin.Client.GetPageAsync($"/admin/users/{other.Id}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe(other.Name);
    }

    [Fact]
    public async Task An_unknown_account_is_not_found()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var page = await admin.Client.GetPageAsync($"/admin/users/{Guid.NewGuid()}");
        page.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Roles.SecretariatStaff)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.MemberCoordinator)]
    [InlineData(Roles.PartnerExpert)]
    public async Task Other_roles_are_refused_the_administration_pages(string role)
    {
        var someone = await app.SignInAsAsync(role);
        var account = await app.InviteAsync(Roles.MemberUser);
        foreach (var url in AdministratorPages.Select(d => d.Data).Append($"/admin/users/{account.Id}"))
        {
            await someone.Client.ShouldBeForbiddenAsync(url);
        }
    }

    [Fact]
    public async Task Posting_to_an_account_page_without_the_role_changes_nothing()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var member = await app.InviteAsync(Roles.MemberUser);
        var form = await staff.Client.GetPageAsync("/office");
        var response = await staff.Client.PostFormAsync($"/admin/users/{member.Id}?handler=AssignRole", new Dictionary<string, string>
        {
            ["Role"] = Roles.Administrator,
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var admin = await app.SignInAsAsync(Roles.Administrator);
        var page = await admin.Client.GetPageAsync($"/admin/users/{member.Id}");
        page.Document.QuerySelector("[data-testid=roles]")!.TextContent.ShouldNotContain("Administrator");
    }

    [Theory]
    [InlineData(Roles.SecretariatStaff)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Administrator)]
    public async Task The_back_office_opens_for_the_secretariat(string role)
    {
        var someone = await app.SignInAsAsync(role);
        var page = await someone.Client.GetPageAsync("/office");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Back office");
    }

    [Theory]
    [InlineData(Roles.MemberUser)]
    [InlineData(Roles.MemberCoordinator)]
    [InlineData(Roles.PartnerExpert)]
    public async Task The_back_office_refuses_members_and_partners(string role)
    {
        var someone = await app.SignInAsAsync(role);
        await someone.Client.ShouldBeForbiddenAsync("/office");
    }

    [Theory]
    [InlineData("/office")]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/invite")]
    [InlineData("/admin/audit")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        await app.NewClient().ShouldRedirectToAsync(url, "/account/sign-in");
    }

    [Theory]
    [InlineData(Roles.Administrator, "/admin/users")]
    [InlineData(Roles.Administrator, "/admin/audit")]
    [InlineData(Roles.Administrator, "/office")]
    [InlineData(Roles.SecretariatStaff, "/office")]
    [InlineData(Roles.Finance, "/office")]
    public async Task The_secretariat_without_two_factor_is_sent_to_set_it_up(string role, string url)
    {
        var someone = await app.SignInWithoutTwoFactorAsync(role);
        await someone.Client.ShouldRedirectToAsync(url, "/account/two-factor");
    }

    [Fact]
    public async Task The_menu_shows_each_role_its_own_entries()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator);
        var member = await app.SignInAsAsync(Roles.MemberUser);

        (await Menu(admin.Client)).ShouldBe(["/", "/office", "/office/applications", "/members", "/finance", "/admin/users", "/admin/content", "/admin/audit"]);
        (await Menu(staff.Client)).ShouldBe(["/", "/office", "/office/applications", "/members"]);
        (await Menu(coordinator.Client)).ShouldBe(["/", "/members", "/members/authority", "/members/invoices"]);
        (await Menu(member.Client)).ShouldBe(["/", "/members"]);
        (await Menu(app.NewClient())).ShouldBe(["/", "/join", "/fees"]);
    }

    [Fact]
    public async Task The_menu_is_in_French_for_French_speakers()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator, language: "fr");
        var page = await admin.Client.GetPageAsync("/office");
        var labels = page.Document.QuerySelectorAll("[data-testid=main-nav] a").Select(a => a.TextContent.Trim()).ToList();
        labels.ShouldBe(["Accueil", "Back-office", "Candidatures", "Espace membres", "Finances", "Utilisateurs", "Textes des pages", "Journal d'audit"]);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Back-office");
        app.MissingTranslations.ShouldBeEmpty();
    }

    private static async Task<List<string>> Menu(HttpClient client)
    {
        var page = await client.GetPageAsync("/");
        return [.. page.Document.QuerySelectorAll("[data-testid=main-nav] a").Select(a => a.GetAttribute("href")!)];
    }
}
