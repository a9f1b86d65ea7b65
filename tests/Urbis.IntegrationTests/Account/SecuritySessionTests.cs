using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>Sessions live on the server: ending one there makes every copy of its cookie worthless.</summary>
public sealed class SecuritySessionTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Signing_out_ends_the_session_and_a_replayed_copy_of_its_cookie_is_sent_to_sign_in()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        var copy = browser.SessionCookie!;

        var signOut = await browser.Client.GetPageAsync("/account/sign-out");
        await browser.Client.SubmitAsync(signOut, new Dictionary<string, string>());
        var replay = await app.ClientWithSessionCookie(copy).GetPageAsync("/account", followRedirects: false);

        replay.Status.ShouldBe(HttpStatusCode.Redirect);
        replay.Response.Headers.Location!.OriginalString.ShouldContain("/account/sign-in?returnUrl=%2Faccount");
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_their_replayed_cookies_are_sent_to_sign_in()
    {
        var user = await app.AccountAsync();
        var copy = (await app.SignInBrowserAsync(user)).SessionCookie!;
        var here = await app.SignInBrowserAsync(user);

        await ChangePasswordTests.ChangeAsync(here.Client, user.Password, "a completely new passphrase");
        var replay = await app.ClientWithSessionCookie(copy).GetPageAsync("/account", followRedirects: false);

        replay.Status.ShouldBe(HttpStatusCode.Redirect);
        replay.Response.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
    }

    [Fact]
    public async Task Signing_in_never_continues_a_session_whose_cookie_someone_else_holds()
    {
        // An attacker signs in to their own account and plants the cookie in the victim's browser.
        var attacker = await app.AccountAsync();
        var planted = (await app.SignInBrowserAsync(attacker)).SessionCookie!;
        var victim = await app.AccountAsync();
        var browser = app.NewBrowser();
        browser.Cookies.Add(UrbisApp.SiteAddress, new System.Net.Cookie("__Host-urbis", planted, "/") { Secure = true });
        var token = (await browser.Client.GetPageAsync("/account/password")).AntiforgeryToken();

        var signIn = await browser.Client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = victim.Email,
            ["Input.Password"] = victim.Password,
            ["__RequestVerificationToken"] = token,
        });

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        browser.SessionCookie.ShouldNotBe(planted);
        var withPlanted = await app.ClientWithSessionCookie(planted).GetPageAsync("/account", followRedirects: false);
        withPlanted.Status.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetPageAsync("/account")).Document.QuerySelector("[data-testid=email]")!.TextContent.ShouldContain(victim.Email);
    }

    [Fact]
    public async Task A_session_ends_after_an_hour_without_activity()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);

        app.Clock.Advance(TimeSpan.FromMinutes(61));

        (await UrbisApp.IsSignedInAsync(browser.Client)).ShouldBeFalse();
    }
}
