using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>
/// Five failures lock an account for 15 minutes, whatever failed: password, authenticator code or
/// recovery code. Identity 10 times lockout with the system clock; Urbis's user manager uses the
/// application's TimeProvider, so the end of the lockout is tested here with the fake clock.
/// </summary>
public sealed class SecurityLockoutTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private const string Generic = "The e-mail address or password is not correct. After several failed attempts, signing in is paused for 15 minutes.";
    private const string LockedAtSecondStep = "Too many failed attempts: signing in is paused for 15 minutes.";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused_with_the_same_message()
    {
        var user = await app.AccountAsync();
        HtmlPage wrong = null!;
        for (var i = 0; i < 5; i++)
        {
            wrong = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "not the password " + i);
        }

        var right = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password);

        right.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        right.Errors.ShouldBe([Generic]);
        right.Text.ShouldBe(wrong.Text);
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var user = await app.AccountAsync();
        for (var i = 0; i < 4; i++)
        {
            await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "not the password " + i);
        }

        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_lockout_ends_after_15_minutes_of_the_applications_clock()
    {
        var user = await app.AccountAsync();
        for (var i = 0; i < 5; i++)
        {
            await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "not the password " + i);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password);
        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var unlocked = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password);

        stillLocked.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        unlocked.Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Wrong_two_factor_codes_count_towards_the_same_lockout()
    {
        var user = await app.AccountAsync(Roles.SecretariatStaff);
        await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "not the password 1");
        await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "not the password 2");
        var client = app.NewClient();
        (await UrbisApp.TrySignInAsync(client, user.Email, user.Password)).Response.Headers.Location!.OriginalString.ShouldStartWith("/account/sign-in/two-factor");

        HtmlPage step = null!;
        for (var i = 0; i < 3; i++)
        {
            step = await client.SubmitAsync(await client.GetPageAsync("/account/sign-in/two-factor"), new Dictionary<string, string> { ["Input.Code"] = WrongCode(user) });
        }

        step.Errors.ShouldBe([LockedAtSecondStep]);
        var right = await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password);
        right.Errors.ShouldBe([Generic]);
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_towards_the_same_lockout()
    {
        var user = await app.AccountAsync(Roles.Finance);
        var browser = await app.SignInBrowserAsync(user);
        var codes = await NewRecoveryCodesAsync(browser.Client, user);
        var client = app.NewClient();
        await UrbisApp.TrySignInAsync(client, user.Email, user.Password);

        HtmlPage step = null!;
        for (var i = 0; i < 5; i++)
        {
            step = await client.SubmitAsync(await client.GetPageAsync("/account/sign-in/recovery"), new Dictionary<string, string> { ["Input.RecoveryCode"] = "wrong-" + i });
        }

        var rightCode = await client.SubmitAsync(await client.GetPageAsync("/account/sign-in/recovery"), new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] });

        step.Errors.ShouldBe([LockedAtSecondStep]);
        rightCode.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        rightCode.Errors.ShouldBe([LockedAtSecondStep]);
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Errors.ShouldBe([Generic]);
    }

    [Fact]
    public async Task Wrong_passwords_on_the_account_pages_count_too_and_the_lockout_signs_the_person_out_everywhere()
    {
        var user = await app.AccountAsync();
        var other = await app.SignInBrowserAsync(user);
        var here = await app.SignInBrowserAsync(user);

        HtmlPage answer = null!;
        for (var i = 0; i < 5; i++)
        {
            answer = await ChangePasswordTests.ChangeAsync(here.Client, "not the password " + i, "a brand new long passphrase");
        }

        answer.Address.AbsolutePath.ShouldBe("/account/sign-in");
        answer.Text.ShouldContain("Too many wrong passwords: you have been signed out, and signing in is paused for 15 minutes.");
        (await UrbisApp.IsSignedInAsync(here.Client)).ShouldBeFalse();
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeFalse();
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Errors.ShouldBe([Generic]);
    }

    [Fact]
    public async Task A_lockout_caused_at_the_sign_in_page_refuses_changes_but_does_not_end_the_owners_sessions()
    {
        var user = await app.AccountAsync();
        var owner = await app.SignInBrowserAsync(user);
        for (var i = 0; i < 5; i++)
        {
            await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, "someone guessing " + i);
        }

        var change = await ChangePasswordTests.ChangeAsync(owner.Client, user.Password, "a brand new long passphrase");

        change.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        change.Errors.ShouldBe([LockedAtSecondStep]);
        (await UrbisApp.IsSignedInAsync(owner.Client)).ShouldBeTrue();
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        (await UrbisApp.IsSignedInAsync(owner.Client)).ShouldBeTrue();
        (await ChangePasswordTests.ChangeAsync(owner.Client, user.Password, "a brand new long passphrase")).Status.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A well-formed code that the app does not show now (nor one step before or after).</summary>
    private string WrongCode(TestUser user)
    {
        var current = app.CurrentCode(user);
        return string.Concat(current.Select(c => (char)('0' + ((c - '0' + 5) % 10))));
    }

    private static async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(HttpClient client, TestUser user)
    {
        var after = await UrbisApp.SubmitWithPasswordAsync(client, "/account/two-factor/recovery-codes/new", user.Password);
        var page = await client.GetPageAsync(after.Response.Headers.Location!.OriginalString);
        return [.. page.Document.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim())];
    }
}
