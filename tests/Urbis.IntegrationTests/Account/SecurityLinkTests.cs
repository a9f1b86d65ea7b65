using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>
/// Links sent by e-mail work once and for a limited time (invitation 7 days, password reset 2 hours),
/// measured by the application's clock.
/// </summary>
public sealed class SecurityLinkTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task An_invitation_link_expires_after_seven_days()
    {
        var invited = await app.InviteAsync(Roles.MemberUser);
        var link = (await app.LastMailToAsync(invited.Email)).Link("/account/invitation");
        app.Clock.Advance(TimeSpan.FromDays(6));
        var stillValid = await app.NewClient().GetPageAsync(link);

        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var expired = await app.NewClient().GetPageAsync(link);

        stillValid.Status.ShouldBe(HttpStatusCode.OK);
        expired.Status.ShouldBe(HttpStatusCode.BadRequest);
        expired.Document.QuerySelector("h1")!.TextContent.ShouldBe("This invitation link cannot be used");
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var invited = await app.InviteAsync(Roles.MemberUser);
        var link = (await app.LastMailToAsync(invited.Email)).Link("/account/invitation");
        var other = app.NewClient();
        var form = await other.GetPageAsync(link);
        await app.AcceptInvitationAsync(invited);

        var again = await app.NewClient().GetPageAsync(link);
        var replayedPost = await other.SubmitAsync(form, new Dictionary<string, string> { ["Input.Password"] = "an attacker's own passphrase", ["Input.ConfirmPassword"] = "an attacker's own passphrase" });

        again.Status.ShouldBe(HttpStatusCode.BadRequest);
        replayedPost.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await UrbisApp.TrySignInAsync(app.NewClient(), invited.Email, invited.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_reset_link_expires_after_two_hours()
    {
        var user = await app.AccountAsync();
        await PasswordResetTests.RequestAsync(app.NewClient(), user.Email);
        var link = (await app.MailAsync(user.Email, PasswordResetTests.ResetSubject)).Link("/account/reset-password");
        app.Clock.Advance(TimeSpan.FromMinutes(119));
        var stillValid = await app.NewClient().GetPageAsync(link);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await app.NewClient().GetPageAsync(link);

        stillValid.Status.ShouldBe(HttpStatusCode.OK);
        expired.Status.ShouldBe(HttpStatusCode.BadRequest);
        expired.Document.QuerySelector("h1")!.TextContent.ShouldBe("This link cannot be used");
    }

    [Fact]
    public async Task A_reset_link_works_once()
    {
        var user = await app.AccountAsync();
        await PasswordResetTests.RequestAsync(app.NewClient(), user.Email);
        var link = (await app.MailAsync(user.Email, PasswordResetTests.ResetSubject)).Link("/account/reset-password");
        var other = app.NewClient();
        var form = await other.GetPageAsync(link);
        var first = app.NewClient();
        await first.SubmitAsync(await first.GetPageAsync(link), new Dictionary<string, string> { ["Input.Password"] = "the owner's new passphrase", ["Input.ConfirmPassword"] = "the owner's new passphrase" });

        var again = await app.NewClient().GetPageAsync(link);
        var replayedPost = await other.SubmitAsync(form, new Dictionary<string, string> { ["Input.Password"] = "an attacker's own passphrase", ["Input.ConfirmPassword"] = "an attacker's own passphrase" });

        again.Status.ShouldBe(HttpStatusCode.BadRequest);
        replayedPost.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "the owner's new passphrase")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_reset_link_dies_when_the_password_is_changed_another_way()
    {
        var user = await app.AccountAsync();
        await PasswordResetTests.RequestAsync(app.NewClient(), user.Email);
        var link = (await app.MailAsync(user.Email, PasswordResetTests.ResetSubject)).Link("/account/reset-password");
        var browser = await app.SignInBrowserAsync(user);

        await ChangePasswordTests.ChangeAsync(browser.Client, user.Password, "changed from the account page");

        (await app.NewClient().GetPageAsync(link)).Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
