using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

public sealed class ChangeEmailTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private const string ConfirmSubject = "Confirm your new e-mail address for Urbis";
    private const string NoticeSubject = "A change of your e-mail address for Urbis was requested";

    [Fact]
    public async Task Asking_for_a_change_sends_a_link_to_the_new_address_and_a_notice_to_the_old_one()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);

        var after = await RequestAsync(browser.Client, "new.home@example.org", user.Password);

        after.Text.ShouldContain("We have sent a link to new.home@example.org.");
        (await app.MailAsync("new.home@example.org", ConfirmSubject)).Link("/account/email/confirm").ShouldContain("token=");
        (await app.MailAsync(user.Email, NoticeSubject)).TextBody!.ShouldContain("new.home@example.org");
        after.Document.QuerySelector("[data-testid=email]")!.TextContent.ShouldContain(user.Email);
    }

    [Fact]
    public async Task Confirming_changes_the_address_and_the_sign_in_name_and_ends_other_sessions()
    {
        var user = await app.AccountAsync();
        var other = await app.SignInBrowserAsync(user);
        var browser = await app.SignInBrowserAsync(user);
        await RequestAsync(browser.Client, "moved@example.org", user.Password);
        var link = (await app.MailAsync("moved@example.org", ConfirmSubject)).Link("/account/email/confirm");

        var confirm = await browser.Client.GetPageAsync(link);
        var after = await browser.Client.SubmitAsync(confirm, new Dictionary<string, string>());

        after.Text.ShouldContain("Your e-mail address is now moved@example.org.");
        after.Document.QuerySelector("[data-testid=email]")!.TextContent.ShouldContain("moved@example.org");
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeFalse();
        (await UrbisApp.TrySignInAsync(app.NewClient(), user.Email, user.Password)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await app.SignInBrowserAsync(user with { Email = "moved@example.org" })).SessionCookie.ShouldNotBeNull();
    }

    [Fact]
    public async Task Opening_the_link_without_confirming_changes_nothing()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await RequestAsync(browser.Client, "scanned@example.org", user.Password);
        var link = (await app.MailAsync("scanned@example.org", ConfirmSubject)).Link("/account/email/confirm");

        // What a mail scanner does: it opens links.
        var page = await app.NewClient().GetPageAsync(link);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Use scanned@example.org as the e-mail address of your account?");
        (await app.SignInBrowserAsync(user)).SessionCookie.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_link_may_be_opened_in_another_browser_and_then_asks_to_sign_in()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await RequestAsync(browser.Client, "phone@example.org", user.Password);
        var link = (await app.MailAsync("phone@example.org", ConfirmSubject)).Link("/account/email/confirm");
        var elsewhere = app.NewClient();

        var after = await elsewhere.SubmitAsync(await elsewhere.GetPageAsync(link), new Dictionary<string, string>());

        after.Address.AbsolutePath.ShouldBe("/account/sign-in");
        after.Text.ShouldContain("Your e-mail address is now phone@example.org.");
        (await UrbisApp.IsSignedInAsync(browser.Client)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_link_works_once()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await RequestAsync(browser.Client, "once@example.org", user.Password);
        var link = (await app.MailAsync("once@example.org", ConfirmSubject)).Link("/account/email/confirm");
        var page = await browser.Client.GetPageAsync(link);
        await browser.Client.SubmitAsync(page, new Dictionary<string, string>());

        var again = await browser.Client.GetPageAsync(link);
        var replayedPost = await browser.Client.SubmitAsync(page, new Dictionary<string, string>());

        again.Status.ShouldBe(HttpStatusCode.BadRequest);
        again.Document.QuerySelector("h1")!.TextContent.ShouldBe("This link cannot be used");
        replayedPost.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_link_expires_after_two_hours()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await RequestAsync(browser.Client, "late@example.org", user.Password);
        var link = (await app.MailAsync("late@example.org", ConfirmSubject)).Link("/account/email/confirm");

        app.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var page = await app.NewClient().GetPageAsync(link);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("This link cannot be used");
    }

    [Fact]
    public async Task A_tampered_link_gets_the_same_answer_as_an_unknown_account()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await RequestAsync(browser.Client, "tamper@example.org", user.Password);
        var link = (await app.MailAsync("tamper@example.org", ConfirmSubject)).Link("/account/email/confirm");

        var otherAddress = await app.NewClient().GetPageAsync(link.Replace("tamper%40", "evil%40", StringComparison.Ordinal).Replace("tamper@", "evil@", StringComparison.Ordinal));
        var unknownUser = await app.NewClient().GetPageAsync(link.Replace(user.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal));

        otherAddress.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknownUser.Status.ShouldBe(HttpStatusCode.BadRequest);
        otherAddress.Text.ShouldBe(unknownUser.Text);
    }

    [Fact]
    public async Task An_address_of_another_account_gets_the_same_answer_and_its_owner_is_told_instead()
    {
        var owner = await app.AccountAsync(email: "taken@example.org");
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);

        var after = await RequestAsync(browser.Client, "taken@example.org", user.Password);

        after.Text.ShouldContain("We have sent a link to taken@example.org.");
        (await app.CountMailAsync(owner.Email, ConfirmSubject)).ShouldBe(0);
        (await app.MailAsync(owner.Email, "Your e-mail address on Urbis")).TextBody!.ShouldContain("Your account already uses it");
        await app.MailAsync(user.Email, NoticeSubject);
    }

    [Fact]
    public async Task An_address_taken_before_the_link_is_opened_is_refused_and_nothing_changes()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        await RequestAsync(browser.Client, "raced@example.org", user.Password);
        var link = (await app.MailAsync("raced@example.org", ConfirmSubject)).Link("/account/email/confirm");
        await app.InviteAsync(Roles.PartnerExpert, email: "raced@example.org");

        var after = await browser.Client.SubmitAsync(await browser.Client.GetPageAsync(link), new Dictionary<string, string>());

        after.Status.ShouldBe(HttpStatusCode.Conflict);
        after.Document.QuerySelector("h1")!.TextContent.ShouldBe("This address is already used");
        (await browser.Client.GetPageAsync("/account")).Document.QuerySelector("[data-testid=email]")!.TextContent.ShouldContain(user.Email);
    }

    [Fact]
    public async Task The_current_address_is_not_a_change()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);

        var after = await RequestAsync(browser.Client, user.Email.ToUpperInvariant(), user.Password);

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Errors.ShouldContain("This is already your e-mail address.");
    }

    internal static async Task<HtmlPage> RequestAsync(HttpClient client, string newEmail, string password)
    {
        var page = await client.GetPageAsync("/account/email");
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.NewEmail"] = newEmail, ["Input.Password"] = password });
    }
}
