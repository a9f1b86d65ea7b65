using System.Net;
using MimeKit;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>A browser whose cookies the test can read (e.g. to replay a copy of the session cookie).</summary>
public sealed record Browser(HttpClient Client, CookieContainer Cookies)
{
    public string? SessionCookie => Cookies.GetCookies(UrbisApp.SiteAddress)["__Host-urbis"]?.Value;
}

public partial class UrbisApp
{
    public static readonly Uri SiteAddress = new("https://localhost");

    public Browser NewBrowser()
    {
        var cookies = new CookieContainer();
        return new Browser(CreateDefaultClient(SiteAddress, new CookieJar(cookies)), cookies);
    }

    /// <summary>A client that sends nothing but a copy of a session cookie, as whoever copied it would.</summary>
    public HttpClient ClientWithSessionCookie(string value)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = SiteAddress });
        client.DefaultRequestHeaders.Add("Cookie", $"{"__Host-urbis"}={value}");
        return client;
    }

    /// <summary>An invited person who has accepted the invitation (and so has a password), not signed in anywhere else.</summary>
    public async Task<TestUser> AccountAsync(string role = Roles.MemberUser, string language = "en", string? email = null)
    {
        var user = await InviteAsync(role, language: language, email: email);
        var client = await AcceptInvitationAsync(user);
        if (Roles.IsSecretariat(role))
        {
            await EnrolTwoFactorAsync(client, user);
        }

        return user;
    }

    /// <summary>Signs in through the pages (with the two-factor step when the user has it) in a new browser.</summary>
    public async Task<Browser> SignInBrowserAsync(TestUser user)
    {
        var browser = NewBrowser();
        var page = await browser.Client.GetPageAsync("/account/sign-in");
        var after = await browser.Client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        }, followRedirects: false);
        after.Status.ShouldBe(HttpStatusCode.Redirect, after.Text);
        if (after.Response.Headers.Location?.OriginalString.StartsWith("/account/sign-in/two-factor", StringComparison.Ordinal) == true)
        {
            var step = await browser.Client.GetPageAsync(after.Response.Headers.Location.OriginalString);
            var done = await browser.Client.SubmitAsync(step, new Dictionary<string, string> { ["Input.Code"] = NextCode(user) }, followRedirects: false);
            done.Status.ShouldBe(HttpStatusCode.Redirect, done.Text);
        }

        browser.SessionCookie.ShouldNotBeNull();
        return browser;
    }

    /// <summary>Submits the sign-in form once and returns the answer (not followed).</summary>
    public static async Task<HtmlPage> TrySignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var page = await client.GetPageAsync("/account/sign-in" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password }, followRedirects: false);
    }

    /// <summary>Fills and submits the form of a page that asks for the password again.</summary>
    public static async Task<HtmlPage> SubmitWithPasswordAsync(HttpClient client, string url, string password, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync(url);
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["Input.Password"] = password };
        return await client.SubmitAsync(page, values, followRedirects: false);
    }

    /// <summary>
    /// The one message to the address with this subject. (Pickup files are named after the fake
    /// clock, so "the last message" is not reliable while the clock stands still.)
    /// </summary>
    public async Task<MimeMessage> MailAsync(string address, string subject)
    {
        var matching = (await MailToAsync(address)).Where(m => m.Subject == subject).ToList();
        matching.Count.ShouldBe(1, $"messages to {address} with the subject \"{subject}\"");
        return matching[0];
    }

    /// <summary>How many messages to the address have this subject.</summary>
    public async Task<int> CountMailAsync(string address, string subject) =>
        (await MailToAsync(address)).Count(m => m.Subject == subject);

    /// <summary>Whether the account's session in this client is still alive (the account page answers instead of sending to sign-in).</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/account");
        return response.StatusCode == HttpStatusCode.OK;
    }
}

/// <summary>Keeps cookies the way a browser does, in a container the test can read.</summary>
internal sealed class CookieJar(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = cookies.GetCookieHeader(uri);
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values)
            {
                cookies.SetCookies(uri, value);
            }
        }

        return response;
    }
}
