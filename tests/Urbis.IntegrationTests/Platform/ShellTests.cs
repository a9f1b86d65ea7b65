using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Platform;

/// <summary>The shell every page shares: headers, health probes, error pages, language.</summary>
public sealed class ShellTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await app.NewClient().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task Outside_development_https_is_enforced_with_hsts()
    {
        // HSTS is never sent to localhost, so ask as the public would, by name.
        var secure = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://urbis.example.org") });
        var response = await secure.GetAsync("/");
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");

        var plain = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://urbis.example.org") });
        var redirect = await plain.GetAsync("/");
        ((int)redirect.StatusCode).ShouldBeOneOf(307, 308);
        redirect.Headers.Location!.Scheme.ShouldBe("https");
    }

    [Fact]
    public async Task Pages_load_nothing_from_another_host()
    {
        var page = await app.NewClient().GetPageAsync("/account/sign-in");
        var external = page.Document.QuerySelectorAll("script[src], link[href], img[src], iframe[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "")
            .Where(u => u.StartsWith("http", StringComparison.OrdinalIgnoreCase) || u.StartsWith("//", StringComparison.Ordinal));
        external.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_liveness_probe_answers_without_the_database()
    {
        var response = await app.NewClient().GetAsync("/health/live");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_readiness_probe_checks_the_database()
    {
        var response = await app.NewClient().GetAsync("/health/ready");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task An_unknown_address_shows_a_friendly_404_page()
    {
        var page = await app.NewClient().GetPageAsync("/no/such/page");
        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Page not found");
        page.Document.QuerySelector("a[href='/']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_404_page_speaks_french_to_a_french_browser()
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE,fr;q=0.9,en;q=0.5");
        var page = await client.GetPageAsync("/no/such/page");
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Page introuvable");
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("fr");
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var response = await app.NewClient().PostFormAsync("/account/sign-in", [new("Input.Email", "someone@example.org"), new("Input.Password", "whatever it is 123")]);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_language_switch_remembers_the_choice_and_returns_to_the_page()
    {
        var client = app.NewClient();
        var response = await client.GetAsync("/language?language=fr&returnUrl=%2Faccount%2Fsign-in");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/account/sign-in");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-urbis-lang=fr", StringComparison.Ordinal));
        cookie.ShouldContain("secure");
        cookie.ShouldContain("path=/");

        var page = await client.GetPageAsync("/account/sign-in");
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Se connecter");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_language_switch_never_sends_anyone_to_another_site(string returnUrl)
    {
        var response = await app.NewClient().GetAsync("/language?language=fr&returnUrl=" + Uri.EscapeDataString(returnUrl));
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task An_unknown_language_is_a_bad_request()
    {
        var response = await app.NewClient().GetAsync("/language?language=xx");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Dates_and_numbers_follow_the_language()
    {
        var english = await app.NewClient().GetPageAsync("/");
        var french = app.NewClient();
        await french.GetAsync("/language?language=fr&returnUrl=%2F");
        var frenchPage = await french.GetPageAsync("/");
        english.Response.Content.Headers.ContentLanguage.ShouldContain("en-GB");
        frenchPage.Response.Content.Headers.ContentLanguage.ShouldContain("fr-FR");
        frenchPage.Document.QuerySelector("h1")!.TextContent.ShouldBe("Des villes qui aident des villes");
    }

    [Fact]
    public async Task An_error_shows_a_friendly_500_page_with_a_reference_and_no_details()
    {
        var page = await app.NewClient().GetPageAsync("/__test/throw");
        page.Status.ShouldBe(HttpStatusCode.InternalServerError);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Something went wrong on our side");
        page.Text.ShouldContain("mention reference");
        page.Html.ShouldNotContain("Failing on purpose");
        page.Html.ShouldNotContain("InvalidOperationException");
    }

    [Fact]
    public async Task Expired_sessions_are_cleaned_up()
    {
        var signedIn = await app.SignInAsAsync(Urbis.Web.Platform.Identity.Roles.MemberUser);
        await using var scope = app.Services.CreateAsyncScope();
        var cleanup = scope.ServiceProvider.GetServices<Urbis.Web.Platform.Jobs.IScheduledJob>().OfType<Urbis.Web.Platform.Identity.Sessions.ExpiredSessionCleanup>().Single();
        (await cleanup.DeleteExpiredAsync(CancellationToken.None)).ShouldBe(0);

        app.Clock.Advance(TimeSpan.FromHours(13));
        (await cleanup.DeleteExpiredAsync(CancellationToken.None)).ShouldBeGreaterThan(0);
        var response = await signedIn.Client.GetAsync("/account/two-factor");
        response.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
    }

    [Fact]
    public async Task The_home_page_sets_no_cookie_for_a_first_time_visitor()
    {
        // No cookie (not even a deletion) keeps the public page cacheable and free of tracking.
        var response = await app.NewClient().GetAsync("/");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse(string.Join(" | ", response.Headers.TryGetValues("Set-Cookie", out var v) ? v : []));
    }
}
