using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>
/// Cookies with the __Host- prefix: Secure, Path=/ and no Domain, so no other site or subdomain can
/// set or read them; the session cookie is also HttpOnly and SameSite=Lax.
/// </summary>
public sealed class SecurityCookieTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_session_cookie_is_host_only_secure_http_only_and_same_site_lax()
    {
        var user = await app.AccountAsync();

        var signIn = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password);

        var cookie = SetCookie(signIn.Response, "__Host-urbis");
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldContain("path=/");
        cookie.ShouldNotContain("domain=");
    }

    [Fact]
    public async Task The_two_factor_step_cookie_is_host_only_and_secure()
    {
        var user = await app.AccountAsync(Roles.SecretariatStaff);

        var signIn = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password);

        var cookie = SetCookie(signIn.Response, "__Host-urbis-2fa");
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("path=/");
        cookie.ShouldNotContain("domain=");
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_host_only_and_secure()
    {
        var page = await app.NewClient().GetPageAsync("/account/sign-in");

        var cookie = SetCookie(page.Response, "__Host-urbis-af");
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("path=/");
        cookie.ShouldNotContain("domain=");
    }

    [Fact]
    public async Task The_language_cookie_is_host_only_and_secure()
    {
        var page = await app.NewClient().GetPageAsync("/language?language=fr&returnUrl=%2F", followRedirects: false);

        var cookie = SetCookie(page.Response, "__Host-urbis-lang");
        cookie.ShouldStartWith("__host-urbis-lang=fr;");
        cookie.ShouldContain("secure");
        cookie.ShouldContain("path=/");
        cookie.ShouldNotContain("domain=");
    }

    /// <summary>The Set-Cookie header for the cookie, in lower case.</summary>
    private static string SetCookie(HttpResponseMessage response, string name)
    {
        response.Headers.TryGetValues("Set-Cookie", out var values).ShouldBeTrue("no Set-Cookie header");
        var header = values!.SingleOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal));
        header.ShouldNotBeNull($"no {name} cookie in: {string.Join(" | ", values!)}");
        return header.ToLowerInvariant();
    }
}
