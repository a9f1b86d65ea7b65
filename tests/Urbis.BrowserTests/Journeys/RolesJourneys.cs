using Microsoft.Playwright;
using Urbis.BrowserTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.BrowserTests.Journeys;

/// <summary>Each kind of user signs in and sees the navigation of their role; an administrator invites someone who joins.</summary>
public sealed class RolesJourneys(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<string, string[]> Navigation => new()
    {
        { Roles.MemberUser, ["Home", "Members' area"] },
        { Roles.MemberCoordinator, ["Home", "Members' area", "My authority", "Invoices"] },
        { Roles.PartnerExpert, ["Home"] },
        { Roles.SecretariatStaff, ["Home", "Back office", "Applications", "Members' area"] },
        { Roles.Finance, ["Home", "Back office", "Members' area", "Finance"] },
        { Roles.Administrator, ["Home", "Back office", "Applications", "Members' area", "Finance", "Users", "Page texts", "Audit log"] },
    };

    [Theory]
    [MemberData(nameof(Navigation))]
    public async Task Each_role_signs_in_and_sees_its_navigation(string role, string[] expected)
    {
        var authority = role is Roles.MemberUser or Roles.MemberCoordinator ? await app.CreateAuthorityAsync($"Ville de test {role}", "FR", 48_000) : (Guid?)null;
        var email = await app.InviteAsync($"{role.ToLowerInvariant()}@nav.test.urbis.localhost", $"Test {role}", role, authority);
        var page = await app.NewPageAsync();
        await page.AcceptInvitationAsync(app, email);
        string? key = null;
        if (Roles.IsSecretariat(role))
        {
            key = await page.EnrolTwoFactorAsync(app);
        }

        // A fresh browser signs in through the sign-in page.
        var later = await app.NewPageAsync();
        await later.SignInAsync(app, email, key: key);
        var links = await later.GetByTestId("main-nav").Locator("a").AllInnerTextsAsync();
        links.Select(l => l.Trim()).ShouldBe(expected);
        await later.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_administrator_invites_a_member_who_accepts_and_signs_in()
    {
        var lyon = await app.CreateAuthorityAsync("Lyon", "FR", 522_250);
        var adminEmail = await app.InviteAsync("ada@admin.test.urbis.localhost", "Ada Admin", Roles.Administrator);
        var admin = await app.NewPageAsync();
        await admin.AcceptInvitationAsync(app, adminEmail);
        await admin.EnrolTwoFactorAsync(app);

        await admin.VisitAsync("/admin/users");
        await admin.ClickAndWaitAsync(admin.GetByRole(AriaRole.Link, new() { Name = "Invite someone" }).First);
        await admin.AssertAccessibleAsync();
        await admin.GetByLabel("E-mail address").FillAsync("marie.curie@lyon.test.urbis.localhost");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Marie Curie");
        await admin.GetByLabel("Language of the invitation and of the platform").SelectOptionAsync("fr");
        await admin.GetByLabel("Member user").CheckAsync();
        await admin.Locator("input[type=search]").FillAsync("Lyo");
        await admin.ClickAndWaitAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Search" }));
        await admin.AssertAccessibleAsync();
        await admin.GetByLabel("Lyon", new() { Exact = false }).First.CheckAsync();
        await admin.ClickAndWaitAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }));
        await admin.AssertAccessibleAsync();
        (await admin.Locator(".alert-success").InnerTextAsync()).ShouldContain("marie.curie@lyon.test.urbis.localhost");

        var invitee = await app.NewPageAsync();
        var link = BrowserApp.LinkIn(await app.LastMailToAsync("marie.curie@lyon.test.urbis.localhost"), "/account/invitation");
        await invitee.VisitAsync(link);
        (await invitee.Locator("h1").InnerTextAsync()).ShouldBe("Bienvenue, Marie Curie");
        await invitee.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(Infrastructure.Journeys.Password);
        await invitee.GetByLabel("Répétez le mot de passe").FillAsync(Infrastructure.Journeys.Password);
        await invitee.ClickAndWaitAsync(invitee.GetByRole(AriaRole.Button, new() { Name = "Activer mon compte" }));
        await invitee.AssertAccessibleAsync();
        invitee.Url.ShouldEndWith("/members");
        (await invitee.Locator("main").InnerTextAsync()).ShouldContain("Lyon");
        _ = lyon;
    }
}
