using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

public sealed class TwoFactorManagementTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private const string NoticeSubject = "Two-factor authentication changed on your account at Urbis";

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var user = await app.AccountAsync(Roles.SecretariatStaff);
        var browser = await app.SignInBrowserAsync(user);
        var old = await NewCodesAsync(browser.Client, user);
        var current = await NewCodesAsync(browser.Client, user);

        current.Count.ShouldBe(10);
        current.ShouldNotContain(old[0]);
        (await RecoverAsync(user, old[0])).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await RecoverAsync(user, current[0])).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task New_recovery_codes_are_shown_once()
    {
        var user = await app.AccountAsync(Roles.Finance);
        var browser = await app.SignInBrowserAsync(user);
        await NewCodesAsync(browser.Client, user);

        var again = await browser.Client.GetPageAsync("/account/two-factor/recovery-codes");

        again.Document.QuerySelectorAll("[data-testid=recovery-codes] li").ShouldBeEmpty();
    }

    [Fact]
    public async Task Making_new_recovery_codes_ends_the_other_sessions_and_sends_a_notice()
    {
        var user = await app.AccountAsync(Roles.Administrator);
        var other = await app.SignInBrowserAsync(user);
        var here = await app.SignInBrowserAsync(user);

        await NewCodesAsync(here.Client, user);

        (await UrbisApp.IsSignedInAsync(here.Client)).ShouldBeTrue();
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeFalse();
        (await app.MailToAsync(user.Email)).Count(m => m.Subject == NoticeSubject && m.TextBody!.Contains("new recovery codes", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Resetting_the_authenticator_turns_two_factor_off_until_a_new_app_is_confirmed()
    {
        var user = await app.AccountAsync(Roles.SecretariatStaff);
        var other = await app.SignInBrowserAsync(user);
        var here = await app.SignInBrowserAsync(user);
        var oldKey = user.AuthenticatorKey;

        var after = await UrbisApp.SubmitWithPasswordAsync(here.Client, "/account/two-factor/reset", user.Password);
        after.Status.ShouldBe(HttpStatusCode.Redirect, after.Text);
        var setup = await here.Client.GetPageAsync(after.Response.Headers.Location!.OriginalString);

        setup.Text.ShouldContain("Your old authenticator app no longer works.");
        setup.Text.ShouldContain("Your role at the secretariat requires two-factor authentication.");
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeFalse();

        // The old app's codes no longer switch it on; the new key does.
        var wrong = await here.Client.SubmitAsync(setup, new Dictionary<string, string> { ["Input.Code"] = app.NextCode(user), ["Input.Password"] = user.Password });
        wrong.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        await app.EnrolTwoFactorAsync(here.Client, user);
        user.AuthenticatorKey.ShouldNotBe(oldKey);
        (await app.SignInBrowserAsync(user)).SessionCookie.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_secretariat_account_cannot_turn_two_factor_off()
    {
        var user = await app.AccountAsync(Roles.Administrator);
        var browser = await app.SignInBrowserAsync(user);

        var page = await browser.Client.GetPageAsync("/account/two-factor/disable");
        var post = await browser.Client.PostFormAsync("/account/two-factor/disable", new Dictionary<string, string>
        {
            ["Input.Password"] = user.Password,
            ["__RequestVerificationToken"] = (await browser.Client.GetPageAsync("/account/password")).AntiforgeryToken(),
        });

        page.Document.QuerySelector("[data-testid=refusal]")!.TextContent.ShouldContain("Your role at the secretariat requires two-factor authentication, so it cannot be turned off.");
        page.Document.QuerySelector("input[name='Input.Password']").ShouldBeNull();
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Response.Headers.Location!.OriginalString.ShouldStartWith("/account/sign-in/two-factor");
    }

    [Fact]
    public async Task Two_factor_cannot_be_turned_off_or_reset_while_the_password_relies_on_it()
    {
        var (user, browser) = await MemberWithTwoFactorAsync();
        await ChangePasswordTests.ChangeAsync(browser.Client, user.Password, "tram 7 blue");
        user = user with { Password = "tram 7 blue" };

        var disablePage = await browser.Client.GetPageAsync("/account/two-factor/disable");
        var resetPage = await browser.Client.GetPageAsync("/account/two-factor/reset");
        var token = (await browser.Client.GetPageAsync("/account/password")).AntiforgeryToken();
        var disable = await browser.Client.PostFormAsync("/account/two-factor/disable", new Dictionary<string, string> { ["Input.Password"] = user.Password, ["__RequestVerificationToken"] = token });
        var reset = await browser.Client.PostFormAsync("/account/two-factor/reset", new Dictionary<string, string> { ["Input.Password"] = user.Password, ["__RequestVerificationToken"] = token });

        disablePage.Document.QuerySelector("[data-testid=refusal]")!.TextContent.ShouldContain("Your password is shorter than 15 characters");
        disablePage.Document.QuerySelector("input[name='Input.Password']").ShouldBeNull();
        resetPage.Document.QuerySelector("[data-testid=refusal]")!.TextContent.ShouldContain("Choose a password of at least 15 characters first.");
        disable.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        reset.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Response.Headers.Location!.OriginalString.ShouldStartWith("/account/sign-in/two-factor");
    }

    [Fact]
    public async Task A_member_turns_two_factor_off_and_then_signs_in_with_the_password_alone()
    {
        var (user, browser) = await MemberWithTwoFactorAsync();
        var other = await app.SignInBrowserAsync(user);

        var after = await UrbisApp.SubmitWithPasswordAsync(browser.Client, "/account/two-factor/disable", user.Password);

        after.Status.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetPageAsync("/account")).Text.ShouldContain("Two-factor authentication is now off.");
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeFalse();
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Response.Headers.Location!.OriginalString.ShouldBe("/members");
        (await app.MailToAsync(user.Email)).Count(m => m.Subject == NoticeSubject && m.TextBody!.Contains("turned off", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task The_management_pages_send_someone_without_two_factor_to_set_it_up()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);

        foreach (var url in new[] { "/account/two-factor/recovery-codes/new", "/account/two-factor/reset", "/account/two-factor/disable" })
        {
            var page = await browser.Client.GetPageAsync(url, followRedirects: false);
            page.Response.Headers.Location!.OriginalString.ShouldBe("/account/two-factor", url);
        }
    }

    private async Task<(TestUser User, Browser Browser)> MemberWithTwoFactorAsync()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await app.EnrolTwoFactorAsync(browser.Client, user);
        return (user, browser);
    }

    private static async Task<IReadOnlyList<string>> NewCodesAsync(HttpClient client, TestUser user)
    {
        var after = await UrbisApp.SubmitWithPasswordAsync(client, "/account/two-factor/recovery-codes/new", user.Password);
        after.Status.ShouldBe(HttpStatusCode.Redirect, after.Text);
        var page = await client.GetPageAsync(after.Response.Headers.Location!.OriginalString);
        return [.. page.Document.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim())];
    }

    private async Task<HtmlPage> RecoverAsync(TestUser user, string code)
    {
        var client = app.NewClient();
        var signIn = await UrbisApp.TrySignInAsync(client, user.Email, user.Password);
        signIn.Response.Headers.Location!.OriginalString.ShouldStartWith("/account/sign-in/two-factor");
        var page = await client.GetPageAsync("/account/sign-in/recovery");
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.RecoveryCode"] = code }, followRedirects: false);
    }
}
