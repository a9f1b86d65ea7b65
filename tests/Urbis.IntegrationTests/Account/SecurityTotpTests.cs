using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

public sealed class SecurityTotpTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task An_authenticator_code_works_only_once()
    {
        var user = await app.AccountAsync(Roles.SecretariatStaff);
        var code = app.NextCode(user);
        var first = await SecondStepAsync(user, code);

        var replay = await SecondStepAsync(user, code); // same 30-second step, same code
        var next = await SecondStepAsync(user, app.NextCode(user));

        first.Status.ShouldBe(HttpStatusCode.Redirect);
        replay.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        replay.Errors.ShouldBe(["This code is not valid. Enter the code your app shows now; each code works once."]);
        next.Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_code_of_an_earlier_step_is_refused_once_a_later_one_was_used()
    {
        var user = await app.AccountAsync(Roles.Administrator);
        var earlier = app.NextCode(user);
        var later = app.NextCode(user);

        (await SecondStepAsync(user, later)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await SecondStepAsync(user, earlier)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    private async Task<HtmlPage> SecondStepAsync(TestUser user, string code)
    {
        var client = app.NewClient();
        await UrbisApp.TrySignInAsync(client, user.Email, user.Password);
        var page = await client.GetPageAsync("/account/sign-in/two-factor");
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = code }, followRedirects: false);
    }
}
