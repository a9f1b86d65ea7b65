using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>A signed-in session alone does not let anyone change how the account signs in.</summary>
public sealed class SecurityReauthenticationTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private const string WrongPassword = "surely not the password";

    [Fact]
    public async Task Changing_the_password_without_the_current_one_is_refused_and_changes_nothing()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);

        var wrong = await ChangePasswordTests.ChangeAsync(browser.Client, WrongPassword, "an entirely new passphrase");
        var missing = await ChangePasswordTests.ChangeAsync(browser.Client, "", "an entirely new passphrase");

        wrong.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        wrong.Errors.ShouldBe(["The password is not correct."]);
        missing.Errors.ShouldContain("Enter your password.");
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "an entirely new passphrase")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Changing_the_email_without_the_password_is_refused_and_changes_nothing()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);

        var wrong = await ChangeEmailTests.RequestAsync(browser.Client, "elsewhere@example.org", WrongPassword);

        wrong.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        wrong.Errors.ShouldBe(["The password is not correct."]);
        wrong.Document.QuerySelector("#Input_NewEmail")!.GetAttribute("value").ShouldBe("elsewhere@example.org");
        (await app.MailToAsync("elsewhere@example.org")).ShouldBeEmpty();
        (await browser.Client.GetPageAsync("/account")).Document.QuerySelector("[data-testid=email]")!.TextContent.ShouldContain(user.Email);
    }

    [Theory]
    [InlineData("/account/two-factor/recovery-codes/new")]
    [InlineData("/account/two-factor/reset")]
    [InlineData("/account/two-factor/disable")]
    public async Task Managing_two_factor_without_the_password_is_refused_and_changes_nothing(string url)
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await app.EnrolTwoFactorAsync(browser.Client, user);
        var other = await app.SignInBrowserAsync(user);

        var wrong = await UrbisApp.SubmitWithPasswordAsync(browser.Client, url, WrongPassword);

        wrong.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        wrong.Errors.ShouldBe(["The password is not correct."]);
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeTrue();
        (await browser.Client.GetPageAsync("/account/two-factor")).Text.ShouldContain("Recovery codes left: 10.");
        (await app.SignInBrowserAsync(user)).SessionCookie.ShouldNotBeNull(); // with a code from the same app
    }

    [Fact]
    public async Task Turning_two_factor_on_without_the_password_is_refused_and_changes_nothing()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        var page = await browser.Client.GetPageAsync("/account/two-factor");
        user.AuthenticatorKey = page.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        var wrong = await browser.Client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = app.NextCode(user), ["Input.Password"] = WrongPassword });

        wrong.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        wrong.Errors.ShouldBe(["The password is not correct."]);
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Response.Headers.Location!.OriginalString.ShouldBe("/members");
    }
}
