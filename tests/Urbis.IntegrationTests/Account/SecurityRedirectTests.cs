using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>Return addresses lead only to local paths: no open redirect (OWASP ASVS 5.0 3.7.2).</summary>
public sealed class SecurityRedirectTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_foreign_return_address_after_sign_in_leads_home(string returnUrl)
    {
        var user = await app.AccountAsync();

        var signIn = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password, returnUrl);

        signIn.Status.ShouldBe(HttpStatusCode.Redirect);
        signIn.Response.Headers.Location!.OriginalString.ShouldBe("/members");
    }

    [Fact]
    public async Task A_local_return_address_after_sign_in_is_followed()
    {
        var user = await app.AccountAsync();

        var signIn = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password, "/account/password");

        signIn.Response.Headers.Location!.OriginalString.ShouldBe("/account/password");
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task A_foreign_return_address_after_the_two_factor_step_leads_home(string returnUrl)
    {
        var user = await app.AccountAsync(Roles.SecretariatStaff);
        var client = app.NewClient();
        var signIn = await UrbisApp.TrySignInAsync(client, user.Email, user.Password, returnUrl);
        var step = await client.GetPageAsync(signIn.Response.Headers.Location!.OriginalString);

        var done = await client.SubmitAsync(step, new Dictionary<string, string> { ["Input.Code"] = app.NextCode(user) }, followRedirects: false);

        done.Response.Headers.Location!.OriginalString.ShouldBe("/office");
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task A_foreign_return_address_of_the_language_switch_leads_home(string returnUrl)
    {
        var page = await app.NewClient().GetPageAsync("/language?language=fr&returnUrl=" + Uri.EscapeDataString(returnUrl), followRedirects: false);

        page.Response.Headers.Location!.OriginalString.ShouldBe("/");
    }
}
