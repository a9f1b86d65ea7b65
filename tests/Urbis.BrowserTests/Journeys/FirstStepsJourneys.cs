using Microsoft.Playwright;
using Urbis.BrowserTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.BrowserTests.Journeys;

public sealed class FirstStepsJourneys(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_visitor_reads_the_home_page_and_switches_to_french()
    {
        var page = await app.NewPageAsync();
        await page.VisitAsync("/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Cities helping cities");

        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Français" }));
        await page.AssertAccessibleAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Des villes qui aident des villes");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("fr");

        // The choice is remembered from page to page.
        await page.VisitAsync("/account/sign-in");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Se connecter");
    }

    [Fact]
    public async Task An_invited_secretariat_member_sets_a_password_then_must_enrol_in_two_factor()
    {
        var email = await app.InviteAsync("sabine.staff@test.urbis.localhost", "Sabine Staff", Roles.SecretariatStaff);
        var page = await app.NewPageAsync();

        await page.AcceptInvitationAsync(app, email);
        page.Url.ShouldContain("/account/two-factor");
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("requires two-factor authentication");

        var key = await page.EnrolTwoFactorAsync(app);
        (await page.GetByTestId("recovery-codes").Locator("li").CountAsync()).ShouldBe(10);

        // Next time, signing in asks for the code.
        var later = await app.NewPageAsync();
        await later.SignInAsync(app, email, key: key);
        (await later.GetByTestId("account-link").InnerTextAsync()).ShouldBe("Sabine Staff");
    }

    [Fact]
    public async Task The_menu_collapses_on_a_phone_and_opens_with_the_keyboard()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.VisitAsync("/");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });
        (await toggle.IsVisibleAsync()).ShouldBeTrue();
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First.WaitForAsync();
        await page.AssertAccessibleAsync();
    }
}
