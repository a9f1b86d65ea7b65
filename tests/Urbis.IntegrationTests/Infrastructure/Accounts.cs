using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>An account made for a test, with what its owner knows.</summary>
public sealed record TestUser(Guid Id, string Email, string Name, string Password, string Role)
{
    public string? AuthenticatorKey { get; set; }
}

/// <summary>A signed-in browser session.</summary>
public sealed record SignedIn(HttpClient Client, TestUser User);

public partial class UrbisApp
{
    public const string DefaultPassword = "a quiet evening by the canal";

    private int accounts;

    /// <summary>
    /// Invites someone the way the `invite-admin` command does (the invitation handler) and returns
    /// who it is; the invitation e-mail is in the outbox.
    /// </summary>
    public async Task<TestUser> InviteAsync(string role, Guid? authorityId = null, string? email = null, string language = "en", string? name = null)
    {
        var n = Interlocked.Increment(ref accounts);
        email ??= $"{role.ToLowerInvariant()}{n}@test.urbis.localhost";
        name ??= $"{role} {n}";
        if (authorityId is null && role is Roles.MemberUser or Roles.MemberCoordinator)
        {
            authorityId = (await AddAuthorityAsync($"Authority {n}", member: false)).Id;
        }

        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<InviteUserHandler>()
            .HandleAsync(new InviteUser(email, name, language, authorityId, [role]), CancellationToken.None);
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"Could not invite {email}: {error}");
        }

        return new TestUser(result.UserId!.Value, email, name, DefaultPassword, role);
    }

    /// <summary>Accepts the invitation through its e-mailed link and sets the password; returns the signed-in client.</summary>
    public async Task<HttpClient> AcceptInvitationAsync(TestUser user)
    {
        var mail = await LastMailToAsync(user.Email);
        var client = NewClient();
        var page = await client.GetPageAsync(mail.Link("/account/invitation"));
        page.Status.ShouldBe(HttpStatusCode.OK, page.Text);
        var after = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Password"] = user.Password,
            ["Input.ConfirmPassword"] = user.Password,
        }, followRedirects: false);
        after.Status.ShouldBe(HttpStatusCode.Redirect, after.Text);
        return client;
    }

    /// <summary>Turns on two-factor through the set-up page and remembers the key.</summary>
    public async Task EnrolTwoFactorAsync(HttpClient client, TestUser user)
    {
        var page = await client.GetPageAsync("/account/two-factor");
        var key = page.Document.QuerySelector("[data-testid=authenticator-key]")?.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            ?? throw new InvalidOperationException("No authenticator key on the page: " + page.Text);
        user.AuthenticatorKey = key;
        var after = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Code"] = NextCode(user),
            ["Input.Password"] = user.Password,
        }, followRedirects: false);
        after.Status.ShouldBe(HttpStatusCode.Redirect, after.Text);
    }

    /// <summary>A new account with the role, signed in (with two-factor set up for secretariat roles).</summary>
    public async Task<SignedIn> SignInAsAsync(string role, Guid? authorityId = null, string language = "en")
    {
        var user = await InviteAsync(role, authorityId, language: language);
        var client = await AcceptInvitationAsync(user);
        if (Roles.IsSecretariat(role))
        {
            await EnrolTwoFactorAsync(client, user);
        }

        return new SignedIn(client, user);
    }

    /// <summary>Signs in through the sign-in page (and the two-factor step when the user has it) in a new client.</summary>
    public async Task<HttpClient> SignInAsync(TestUser user)
    {
        var client = NewClient();
        var page = await client.GetPageAsync("/account/sign-in");
        var after = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        }, followRedirects: false);
        after.Status.ShouldBe(HttpStatusCode.Redirect, after.Text);
        if (after.Response.Headers.Location?.OriginalString.StartsWith("/account/sign-in/two-factor", StringComparison.Ordinal) == true)
        {
            var step = await client.GetPageAsync(after.Response.Headers.Location.OriginalString);
            var done = await client.SubmitAsync(step, new Dictionary<string, string> { ["Input.Code"] = NextCode(user) }, followRedirects: false);
            done.Status.ShouldBe(HttpStatusCode.Redirect, done.Text);
        }

        return client;
    }

    /// <summary>Moves the clock to the next 30-second step and returns the code the user's app would show (codes work once).</summary>
    public string NextCode(TestUser user)
    {
        Clock.Advance(TimeSpan.FromSeconds(30));
        return CurrentCode(user);
    }

    public string CurrentCode(TestUser user) =>
        new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey ?? throw new InvalidOperationException("No two-factor key."))).ComputeTotp(Clock.GetUtcNow().UtcDateTime);
}
