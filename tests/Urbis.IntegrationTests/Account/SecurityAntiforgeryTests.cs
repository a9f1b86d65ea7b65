using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>Every form post needs the anti-forgery token of the person's own session (no CSRF).</summary>
public sealed class SecurityAntiforgeryTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/forgot-password")]
    public async Task A_public_form_posted_without_the_token_is_refused(string url)
    {
        var response = await app.NewClient().PostFormAsync(url, new Dictionary<string, string> { ["Input.Email"] = "someone@example.org", ["Input.Password"] = "a guess at the password" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/account?handler=Name", "DisplayName", "Forged Name")]
    [InlineData("/account?handler=EndOtherSessions", "x", "y")]
    [InlineData("/account/password", "Input.NewPassword", "forged new passphrase")]
    [InlineData("/account/email", "Input.NewEmail", "forged@example.org")]
    [InlineData("/account/sign-out", "x", "y")]
    public async Task An_account_form_posted_without_the_token_is_refused_and_changes_nothing(string url, string field, string value)
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        var other = await app.SignInBrowserAsync(user);

        var response = await browser.Client.PostFormAsync(url, new Dictionary<string, string> { [field] = value, ["Input.Password"] = user.Password, ["Input.CurrentPassword"] = user.Password, ["Input.ConfirmPassword"] = value });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var account = await browser.Client.GetPageAsync("/account");
        account.Status.ShouldBe(HttpStatusCode.OK); // still signed in
        account.Document.QuerySelector("[data-testid=account-link]")!.TextContent.ShouldBe(user.Name);
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeTrue();
        (await app.MailToAsync("forged@example.org")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_token_from_another_persons_session_is_refused()
    {
        var victim = await app.AccountAsync();
        var attacker = await app.SignInBrowserAsync(await app.AccountAsync());
        var browser = await app.SignInBrowserAsync(victim);
        var attackersToken = (await attacker.Client.GetPageAsync("/account")).AntiforgeryToken();

        var response = await browser.Client.PostFormAsync("/account?handler=Name", new Dictionary<string, string> { ["DisplayName"] = "Forged Name", ["__RequestVerificationToken"] = attackersToken });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
