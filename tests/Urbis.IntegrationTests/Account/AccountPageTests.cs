using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

public sealed class AccountPageTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_account_page_shows_the_persons_email_roles_and_authority()
    {
        var authority = (await app.AddAuthorityAsync("Villeurbanne", member: false)).Id;
        var signedIn = await app.SignInAsAsync(Roles.MemberCoordinator, authority);

        var page = await signedIn.Client.GetPageAsync("/account");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("[data-testid=email]")!.TextContent.ShouldContain(signedIn.User.Email);
        page.Document.QuerySelector("[data-testid=roles]")!.TextContent.Trim().ShouldBe("Member coordinator");
        page.Document.QuerySelector("[data-testid=authority]")!.TextContent.Trim().ShouldBe("Villeurbanne");
        page.Document.QuerySelector("#DisplayName")!.GetAttribute("value").ShouldBe(signedIn.User.Name);
    }

    [Fact]
    public async Task Role_labels_are_shown_in_the_persons_language()
    {
        var signedIn = await app.SignInAsAsync(Roles.Finance, language: "fr");

        var page = await signedIn.Client.GetPageAsync("/account");

        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Votre compte");
        page.Document.QuerySelector("[data-testid=roles]")!.TextContent.Trim().ShouldBe("Finances");
    }

    [Fact]
    public async Task Someone_who_is_not_signed_in_is_sent_to_sign_in()
    {
        var page = await app.NewClient().GetPageAsync("/account", followRedirects: false);

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Response.Headers.Location!.OriginalString.ShouldContain("/account/sign-in?returnUrl=%2Faccount");
    }

    [Fact]
    public async Task A_person_renames_themselves_and_the_header_shows_the_new_name()
    {
        var signedIn = await app.SignInAsAsync(Roles.PartnerExpert);
        var page = await signedIn.Client.GetPageAsync("/account");

        var after = await signedIn.Client.SubmitAsync(page, new Dictionary<string, string> { ["DisplayName"] = "  Petra  van der Berg " }, "#name-form");

        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Text.ShouldContain("Your name has been saved.");
        after.Document.QuerySelector("[data-testid=account-link]")!.TextContent.ShouldBe("Petra  van der Berg");
    }

    [Theory]
    [InlineData("محمد بن علي")]
    [InlineData("Zoë 🌍 Łukasiewicz")]
    public async Task A_name_in_a_right_to_left_script_or_with_emoji_is_kept_as_typed(string name)
    {
        var signedIn = await app.SignInAsAsync(Roles.MemberUser);
        var page = await signedIn.Client.GetPageAsync("/account");

        var after = await signedIn.Client.SubmitAsync(page, new Dictionary<string, string> { ["DisplayName"] = name }, "#name-form");

        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Document.QuerySelector("#DisplayName")!.GetAttribute("value").ShouldBe(name);
        after.Document.QuerySelector("[data-testid=account-link]")!.TextContent.ShouldBe(name);
    }

    [Fact]
    public async Task Choosing_a_language_saves_it_and_sets_the_language_cookie()
    {
        var user = await app.AccountAsync();
        var browser = await app.SignInBrowserAsync(user);
        var page = await browser.Client.GetPageAsync("/account");

        var after = await browser.Client.SubmitAsync(page, new Dictionary<string, string> { ["Language"] = "fr" }, "#language-form");

        after.Text.ShouldContain("Votre langue a été enregistrée.");
        browser.Cookies.GetCookies(UrbisApp.SiteAddress)["__Host-urbis-lang"]!.Value.ShouldBe("fr");

        // Saved on the account: a new browser gets French after signing in, and so do e-mails.
        var elsewhere = await app.SignInBrowserAsync(user);
        (await elsewhere.Client.GetPageAsync("/account")).Document.QuerySelector("h1")!.TextContent.ShouldBe("Votre compte");
    }

    [Fact]
    public async Task An_unknown_language_is_refused()
    {
        var signedIn = await app.SignInAsAsync(Roles.MemberUser);
        var page = await signedIn.Client.GetPageAsync("/account");

        var after = await signedIn.Client.SubmitAsync(page, new Dictionary<string, string> { ["Language"] = "xx" }, "#language-form", followRedirects: false);

        after.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_sessions_list_shows_each_session_and_marks_this_one()
    {
        var user = await app.AccountAsync();
        var first = await app.SignInBrowserAsync(user);
        var second = await app.SignInBrowserAsync(user);

        var page = await second.Client.GetPageAsync("/account");

        // The invitation's own sign-in, and the two browsers.
        page.Document.QuerySelectorAll("[data-testid=sessions] tbody tr").Length.ShouldBe(3);
        page.Document.QuerySelectorAll("[data-testid=current-session]").Length.ShouldBe(1);
        (await UrbisApp.IsSignedInAsync(first.Client)).ShouldBeTrue();
    }

    [Fact]
    public async Task Signing_out_all_other_sessions_keeps_only_this_one()
    {
        var user = await app.AccountAsync();
        var other = await app.SignInBrowserAsync(user);
        var here = await app.SignInBrowserAsync(user);
        var page = await here.Client.GetPageAsync("/account");

        var after = await here.Client.SubmitAsync(page, new Dictionary<string, string>(), "#end-sessions-form");

        after.Text.ShouldContain("You have been signed out everywhere else.");
        after.Document.QuerySelectorAll("[data-testid=sessions] tbody tr").Length.ShouldBe(1);
        (await UrbisApp.IsSignedInAsync(here.Client)).ShouldBeTrue();
        (await UrbisApp.IsSignedInAsync(other.Client)).ShouldBeFalse();
        (await UrbisApp.IsSignedInAsync(app.ClientWithSessionCookie(other.SessionCookie!))).ShouldBeFalse();
    }
}
