using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>
/// Public pages answer alike whether or not an account exists (OWASP ASVS 5.0 6.3.8): same status,
/// same visible text.
/// </summary>
public sealed class SecurityEnumerationTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Sign_in_answers_alike_for_an_unknown_address_a_wrong_password_and_a_pending_invitation()
    {
        var user = await app.AccountAsync();
        var invited = await app.InviteAsync(Roles.MemberUser);

        var unknown = await UrbisApp.TrySignInAsync(app.NewClient(), "nobody@example.org", "some password here");
        var wrongPassword = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "some password here");
        var pending = await UrbisApp.TrySignInAsync(app.NewClient(), invited.Email, "some password here");

        unknown.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        wrongPassword.Status.ShouldBe(unknown.Status);
        pending.Status.ShouldBe(unknown.Status);
        wrongPassword.Text.ShouldBe(unknown.Text);
        pending.Text.ShouldBe(unknown.Text);
    }

    [Fact]
    public async Task Forgot_password_answers_alike_for_known_unknown_and_invited_addresses()
    {
        var user = await app.AccountAsync();
        var invited = await app.InviteAsync(Roles.MemberUser);

        var answers = new List<(HttpStatusCode Status, HttpStatusCode Posted, string Text)>();
        foreach (var email in new[] { user.Email, "nobody@example.org", invited.Email })
        {
            var client = app.NewClient();
            var page = await client.GetPageAsync("/account/forgot-password");
            var posted = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email }, followRedirects: false);
            var shown = await client.GetPageAsync(posted.Response.Headers.Location!.OriginalString);
            answers.Add((shown.Status, posted.Status, shown.Text.Replace(email, "ADDRESS", StringComparison.Ordinal)));
        }

        answers.Select(a => a.Posted).Distinct().ShouldBe([HttpStatusCode.Redirect]);
        answers.Select(a => a.Status).Distinct().ShouldBe([HttpStatusCode.OK]);
        answers.Select(a => a.Text).Distinct().Count().ShouldBe(1);
        answers[0].Text.ShouldContain("If an account uses ADDRESS, we have sent it a link");
    }

    [Fact]
    public async Task The_invitation_page_answers_alike_for_an_unknown_account_and_a_wrong_link()
    {
        var invited = await app.InviteAsync(Roles.MemberUser);
        var link = (await app.LastMailToAsync(invited.Email)).Link("/account/invitation");

        var unknown = await app.NewClient().GetPageAsync(link.Replace(invited.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal));
        var wrongToken = await app.NewClient().GetPageAsync($"/account/invitation?user={invited.Id}&token=bm90LWEtdG9rZW4%3D");
        var notAGuid = await app.NewClient().GetPageAsync("/account/invitation?user=someone&token=abc");

        unknown.Status.ShouldBe(HttpStatusCode.BadRequest);
        wrongToken.Status.ShouldBe(HttpStatusCode.BadRequest);
        notAGuid.Status.ShouldBe(HttpStatusCode.BadRequest);
        wrongToken.Text.ShouldBe(unknown.Text);
        notAGuid.Text.ShouldBe(unknown.Text);
    }
}
