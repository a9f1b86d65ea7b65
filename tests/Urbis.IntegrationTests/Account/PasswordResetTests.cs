using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

public sealed class PasswordResetTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    internal const string ResetSubject = "Choose a new password for Urbis";
    private const string NewPassword = "swallows nest under the bridge";

    [Fact]
    public async Task A_reset_link_lets_the_person_choose_a_new_password_and_ends_every_session()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await RequestAsync(app.NewClient(), user.Email);
        var link = (await app.MailAsync(user.Email, ResetSubject)).Link("/account/reset-password");

        var after = await ResetAsync(app.NewClient(), link, NewPassword);

        after.Address.AbsolutePath.ShouldBe("/account/sign-in");
        after.Text.ShouldContain("Your password has been changed. Sign in with it now.");
        (await UrbisApp.IsSignedInAsync(browser.Client)).ShouldBeFalse();
        (await app.SignInBrowserAsync(user with { Password = NewPassword })).SessionCookie.ShouldNotBeNull();
        (await app.MailAsync(user.Email, "Your password for Urbis was changed")).TextBody!.ShouldContain("If it was not you");
    }

    [Fact]
    public async Task The_reset_email_is_in_the_persons_language()
    {
        var user = await app.AccountAsync(language: "fr");

        await RequestAsync(app.NewClient(), user.Email);

        (await app.MailAsync(user.Email, "Choisissez un nouveau mot de passe pour Urbis")).Link("/account/reset-password").ShouldContain("token=");
    }

    [Fact]
    public async Task A_used_or_wrong_link_gets_the_same_answer_as_an_unknown_account()
    {
        var user = await app.AccountAsync();
        await RequestAsync(app.NewClient(), user.Email);
        var link = (await app.MailAsync(user.Email, ResetSubject)).Link("/account/reset-password");

        var unknownUser = await app.NewClient().GetPageAsync(link.Replace(user.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal));
        var wrongToken = await app.NewClient().GetPageAsync($"/account/reset-password?user={user.Id}&token=bm90LWEtdG9rZW4%3D");

        unknownUser.Status.ShouldBe(HttpStatusCode.BadRequest);
        wrongToken.Status.ShouldBe(HttpStatusCode.BadRequest);
        wrongToken.Text.ShouldBe(unknownUser.Text);
    }

    [Fact]
    public async Task A_reset_ends_a_lockout()
    {
        var user = await app.AccountAsync();
        for (var i = 0; i < 5; i++)
        {
            await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "not the password at all");
        }

        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        await RequestAsync(app.NewClient(), user.Email);
        await ResetAsync(app.NewClient(), (await app.MailAsync(user.Email, ResetSubject)).Link("/account/reset-password"), NewPassword);

        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, NewPassword)).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Without_two_factor_the_new_password_needs_15_characters_and_with_it_8()
    {
        var member = await app.AccountAsync();
        var staff = await app.AccountAsync(Roles.SecretariatStaff);
        await RequestAsync(app.NewClient(), member.Email);
        await RequestAsync(app.NewClient(), staff.Email);

        var refused = await ResetAsync(app.NewClient(), (await app.MailAsync(member.Email, ResetSubject)).Link("/account/reset-password"), "tram 7 blue");
        var accepted = await ResetAsync(app.NewClient(), (await app.MailAsync(staff.Email, ResetSubject)).Link("/account/reset-password"), "tram 7 blue");

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain("Use at least 15 characters.");
        refused.Text.ShouldContain("At least 15 characters.");
        accepted.Address.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task A_pending_invitation_gets_a_new_invitation_instead_of_a_reset_link()
    {
        var invited = await app.InviteAsync(Roles.MemberUser);
        await RequestAsync(app.NewClient(), invited.Email);
        var rightAfterTheInvitation = await app.CountMailAsync(invited.Email, "Your invitation to Urbis");

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await RequestAsync(app.NewClient(), invited.Email);

        rightAfterTheInvitation.ShouldBe(1);

        (await app.CountMailAsync(invited.Email, ResetSubject)).ShouldBe(0);
        (await app.CountMailAsync(invited.Email, "Your invitation to Urbis")).ShouldBe(2);
        var links = (await app.MailToAsync(invited.Email)).Select(m => m.Link("/account/invitation")).ToList();
        foreach (var link in links)
        {
            (await app.NewClient().GetPageAsync(link)).Status.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Nothing_is_sent_for_an_unknown_address()
    {
        await RequestAsync(app.NewClient(), "nobody.here@example.org");

        (await app.MailToAsync("nobody.here@example.org")).ShouldBeEmpty();
    }

    [Fact]
    public async Task At_most_one_reset_email_is_sent_every_five_minutes()
    {
        var user = await app.AccountAsync();

        await RequestAsync(app.NewClient(), user.Email);
        await RequestAsync(app.NewClient(), user.Email);
        var soon = await app.CountMailAsync(user.Email, ResetSubject);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await RequestAsync(app.NewClient(), user.Email);

        soon.ShouldBe(1);
        (await app.CountMailAsync(user.Email, ResetSubject)).ShouldBe(2);
    }

    internal static async Task<HtmlPage> RequestAsync(HttpClient client, string email)
    {
        var page = await client.GetPageAsync("/account/forgot-password");
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email });
    }

    private static async Task<HtmlPage> ResetAsync(HttpClient client, string link, string password)
    {
        var page = await client.GetPageAsync(link);
        page.Status.ShouldBe(HttpStatusCode.OK, page.Text);
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });
    }
}
