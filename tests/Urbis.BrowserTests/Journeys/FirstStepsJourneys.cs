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
    public async Task A_member_who_forgot_their_password_chooses_a_new_one_by_the_e_mailed_link_in_french()
    {
        var email = await app.InviteAsync("jean.membre@test.urbis.localhost", "Jean Membre", Roles.PartnerExpert, language: "fr");
        var invited = await app.NewPageAsync();
        await invited.VisitAsync(BrowserApp.LinkIn(await app.LastMailToAsync(email), "/account/invitation"));
        await invited.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(Infrastructure.Journeys.Password);
        await invited.GetByLabel("Répétez le mot de passe").FillAsync(Infrastructure.Journeys.Password);
        await invited.ClickAndWaitAsync(invited.GetByRole(AriaRole.Button, new() { Name = "Activer mon compte" }));

        var page = await app.NewPageAsync();
        await page.VisitAsync("/account/sign-in");
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Français" }));
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }));
        await page.AssertAccessibleAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Consultez votre messagerie");

        // The e-mail is in the account's language; its link opens the page to choose a new password.
        var mail = await app.LastMailToAsync(email);
        (mail.Subject ?? "").ShouldContain("mot de passe");
        await page.VisitAsync(BrowserApp.LinkIn(mail, "/account/reset-password"));
        await page.AssertAccessibleAsync();
        const string newPassword = "a brisk walk along the river bank";
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Répétez le nouveau mot de passe").FillAsync(newPassword);
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le nouveau mot de passe" }));
        await page.AssertAccessibleAsync();
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldContain("Votre mot de passe a été modifié");

        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(newPassword);
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).Last);
        await page.AssertAccessibleAsync();
        (await page.GetByTestId("account-link").InnerTextAsync()).ShouldBe("Jean Membre");

        // The link worked once.
        await page.VisitAsync(BrowserApp.LinkIn(mail, "/account/reset-password"));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Ce lien ne peut pas être utilisé");
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
