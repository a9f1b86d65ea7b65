using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

public sealed class ChangePasswordTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private const string NewPassword = "lanterns over the old harbour";

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others_at_once()
    {
        var user = await app.AccountAsync();
        var other = await app.SignInBrowserAsync(user);
        var here = await app.SignInBrowserAsync(user);

        var after = await ChangeAsync(here.Client, user.Password, NewPassword);

        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Text.ShouldContain("Your password has been changed. You have been signed out everywhere else.");
        (await UrbisApp.IsSignedInAsync(here.Client)).ShouldBeTrue();
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_replayed_copy_of_another_sessions_cookie_is_refused_after_the_change()
    {
        var user = await app.AccountAsync();
        var stolen = (await app.SignInBrowserAsync(user)).SessionCookie!;
        var here = await app.SignInBrowserAsync(user);
        (await UrbisApp.IsSignedInAsync(app.ClientWithSessionCookie(stolen))).ShouldBeTrue();

        await ChangeAsync(here.Client, user.Password, NewPassword);

        var replay = await app.ClientWithSessionCookie(stolen).GetPageAsync("/account", followRedirects: false);
        replay.Status.ShouldBe(HttpStatusCode.Redirect);
        replay.Response.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
    }

    [Fact]
    public async Task The_browser_that_changed_the_password_goes_on_in_a_new_session()
    {
        var user = await app.AccountAsync();
        var here = await app.SignInBrowserAsync(user);
        var before = here.SessionCookie!;

        await ChangeAsync(here.Client, user.Password, NewPassword);

        here.SessionCookie.ShouldNotBe(before);
        (await UrbisApp.IsSignedInAsync(app.ClientWithSessionCookie(before))).ShouldBeFalse();
        (await UrbisApp.IsSignedInAsync(app.ClientWithSessionCookie(here.SessionCookie!))).ShouldBeTrue();
    }

    [Fact]
    public async Task The_new_password_works_and_the_old_one_no_longer_does()
    {
        var user = await app.AccountAsync();
        var here = await app.SignInBrowserAsync(user);

        await ChangeAsync(here.Client, user.Password, NewPassword);

        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await app.SignInBrowserAsync(user with { Password = NewPassword })).SessionCookie.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_notice_is_emailed_after_the_change()
    {
        var user = await app.AccountAsync();
        var here = await app.SignInBrowserAsync(user);

        await ChangeAsync(here.Client, user.Password, NewPassword);

        var mail = await app.MailAsync(user.Email, "Your password for Urbis was changed");
        mail.TextBody!.ShouldContain("If it was not you");
        mail.Link("/account/forgot-password").ShouldBe("/account/forgot-password");
    }

    [Fact]
    public async Task The_notice_is_in_the_persons_language()
    {
        var user = await app.AccountAsync(language: "fr");
        var here = await app.SignInBrowserAsync(user);

        await ChangeAsync(here.Client, user.Password, NewPassword);

        var mail = await app.MailAsync(user.Email, "Votre mot de passe pour Urbis a été modifié");
        mail.TextBody!.ShouldContain("Si ce n'était pas vous");
    }

    [Fact]
    public async Task A_new_password_that_is_too_short_or_too_common_is_refused_with_a_message()
    {
        var user = await app.AccountAsync();
        var here = await app.SignInBrowserAsync(user);

        var tooShort = await ChangeAsync(here.Client, user.Password, "short one");
        var common = await ChangeAsync(here.Client, user.Password, "passwordpassword");

        tooShort.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        tooShort.Errors.ShouldContain("Use at least 15 characters.");
        common.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        common.Errors.ShouldContain("This password is too common or too easy to guess. Choose another one.");
        (await app.SignInBrowserAsync(user)).SessionCookie.ShouldNotBeNull();
    }

    [Fact]
    public async Task With_two_factor_on_a_shorter_new_password_is_accepted()
    {
        var user = await app.AccountAsync(Roles.SecretariatStaff);
        var here = await app.SignInBrowserAsync(user);

        var after = await ChangeAsync(here.Client, user.Password, "tram 7 blue");

        after.Status.ShouldBe(HttpStatusCode.OK, after.Text);
        (await app.SignInBrowserAsync(user with { Password = "tram 7 blue" })).SessionCookie.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_repeated_password_must_match()
    {
        var user = await app.AccountAsync();
        var here = await app.SignInBrowserAsync(user);
        var page = await here.Client.GetPageAsync("/account/password");

        var after = await here.Client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = user.Password,
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword + "!",
        });

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Errors.ShouldContain("The two passwords are not the same.");
        after.Document.QuerySelectorAll("input[type=password]").ShouldAllBe(i => string.IsNullOrEmpty(i.GetAttribute("value")));
    }

    internal static async Task<HtmlPage> ChangeAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetPageAsync("/account/password");
        return await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
    }
}
