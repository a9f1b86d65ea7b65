using System.Net;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Account;

/// <summary>Urbis with low limits on what one client may post in a minute.</summary>
public sealed class LowRateLimitApp : UrbisApp
{
    public const int SignInPermits = 3;
    public const int PublicFormPermits = 2;
    public const int PublicFormStepPermits = 8;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:SignInPermits"] = SignInPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PublicFormPermits"] = PublicFormPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PublicFormStepPermits"] = PublicFormStepPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class SecurityRateLimitTests(LowRateLimitApp app) : IClassFixture<LowRateLimitApp>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_with_429_and_Retry_After()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/account/sign-in");

        var answers = await PostRepeatedlyAsync(client, page, LowRateLimitApp.SignInPermits, new() { ["Input.Email"] = "someone@example.org", ["Input.Password"] = "a guess at the password" });

        AssertLimited(answers, LowRateLimitApp.SignInPermits, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Forgot_password_posts_beyond_the_limit_are_refused_with_429_and_Retry_After()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/account/forgot-password");

        var answers = await PostRepeatedlyAsync(client, page, LowRateLimitApp.PublicFormPermits, new() { ["Input.Email"] = "someone@example.org" });

        AssertLimited(answers, LowRateLimitApp.PublicFormPermits, HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Reading_the_sign_in_page_is_not_limited()
    {
        var client = app.NewClient();
        for (var i = 0; i < 3 * LowRateLimitApp.SignInPermits; i++)
        {
            (await client.GetPageAsync("/account/sign-in")).Status.ShouldBe(HttpStatusCode.OK);
        }
    }

    /// <summary>
    /// Posts twice the limit and one more. The window is a real-time minute: if it turns during the
    /// posts, more may pass, but never more than the limit before the first refusal.
    /// </summary>
    private static async Task<List<HtmlPage>> PostRepeatedlyAsync(HttpClient client, HtmlPage page, int permits, Dictionary<string, string> fields)
    {
        var answers = new List<HtmlPage>();
        for (var i = 0; i < (2 * permits) + 1; i++)
        {
            answers.Add(await client.SubmitAsync(page, fields, followRedirects: false));
        }

        return answers;
    }

    private static void AssertLimited(List<HtmlPage> answers, int permits, HttpStatusCode allowed)
    {
        var first = answers.FindIndex(a => a.Status == HttpStatusCode.TooManyRequests);
        first.ShouldBeGreaterThanOrEqualTo(permits, "refused too early");
        answers.Take(first).ShouldAllBe(a => a.Status == allowed);
        var refused = answers[first];
        refused.Response.Headers.RetryAfter.ShouldNotBeNull("no Retry-After header");
        (refused.Response.Headers.RetryAfter!.Delta ?? TimeSpan.Zero).ShouldBeGreaterThan(TimeSpan.Zero);
        refused.Document.QuerySelector("h1")!.TextContent.ShouldBe("Too many attempts");
    }
}
