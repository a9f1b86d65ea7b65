using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>
/// Bad input gets a 4xx with a clear message next to the field and what was typed shown again,
/// escaped: never a 500, never markup that runs.
/// </summary>
public sealed class SecurityInputTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private const string Script = "<script>alert(1)</script>";
    private static readonly string TenKilobytes = new('x', 10 * 1024);

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("two@at@example.org")]
    [InlineData("with space@example.org")]
    [InlineData(Script + "@example.org")]
    [InlineData("nodot@localhost")]
    public async Task A_malformed_address_asking_for_a_reset_is_refused_next_to_the_field(string email)
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/account/forgot-password");

        var after = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email });

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Document.QuerySelector("#Input_Email-error")!.TextContent.ShouldBe("Enter a valid e-mail address.");
        after.Document.QuerySelector("#Input_Email")!.GetAttribute("value").ShouldBe(email);
        await ShouldNotCarryMarkupAsync(after);
    }

    [Fact]
    public async Task A_malformed_new_address_is_refused_next_to_the_field_in_the_persons_language()
    {
        var user = await app.AccountAsync(language: "fr");
        var browser = await app.SignInBrowserAsync(user);

        var after = await ChangeEmailTests.RequestAsync(browser.Client, Script + "@example.org", user.Password);

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Document.QuerySelector("#Input_NewEmail-error")!.TextContent.ShouldBe("Saisissez une adresse électronique valide.");
        after.Document.QuerySelector("#Input_NewEmail")!.GetAttribute("value").ShouldBe(Script + "@example.org");
        await ShouldNotCarryMarkupAsync(after);
    }

    [Fact]
    public async Task Ten_kilobytes_in_an_address_field_are_refused()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/account/forgot-password");

        var after = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = TenKilobytes + "@example.org" });

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Errors.ShouldBe(["Enter a valid e-mail address."]);
    }

    [Fact]
    public async Task Ten_kilobytes_in_the_sign_in_form_get_the_usual_answer()
    {
        var after = await UrbisApp.TrySignInAsync(app.NewClient(), TenKilobytes, TenKilobytes);

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Errors.ShouldContain("Enter a valid e-mail address.");
    }

    [Fact]
    public async Task Ten_kilobytes_in_a_name_are_refused_with_the_limit()
    {
        var after = await RenameAsync(TenKilobytes);

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Document.QuerySelector("#DisplayName-error")!.TextContent.ShouldBe("Use at most 200 characters.");
        after.Document.QuerySelector("#DisplayName")!.GetAttribute("value").ShouldBe(TenKilobytes);
    }

    [Fact]
    public async Task Markup_in_a_name_is_refused_and_shown_back_as_text()
    {
        var after = await RenameAsync(Script);

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Document.QuerySelector("#DisplayName-error")!.TextContent.ShouldBe("A name cannot contain < or >, control characters or hidden text-direction characters.");
        after.Document.QuerySelector("#DisplayName")!.GetAttribute("value").ShouldBe(Script);
        await ShouldNotCarryMarkupAsync(after);
    }

    [Theory]
    [InlineData("Ada\u202Enayl")] // right-to-left override: would display as "Adalyan"
    [InlineData("Ada\u2067Lovelace\u2069")]
    [InlineData("Ada\nLovelace")]
    public async Task Invisible_direction_and_control_characters_in_a_name_are_refused(string name)
    {
        var after = await RenameAsync(name);

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Document.QuerySelector("#DisplayName-error")!.TextContent.ShouldBe("A name cannot contain < or >, control characters or hidden text-direction characters.");
    }

    [Fact]
    public async Task A_NUL_character_in_a_form_is_refused_as_a_bad_request_not_an_error()
    {
        // The framework's form reader refuses NUL outright, before any page sees the form.
        var after = await RenameAsync("Ada\0Lovelace");

        after.Status.ShouldBe(HttpStatusCode.BadRequest);
        after.Document.QuerySelector("h1")!.TextContent.ShouldBe("The request could not be processed");
    }

    [Fact]
    public async Task An_empty_name_is_refused()
    {
        var after = await RenameAsync("   ");

        after.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.Document.QuerySelector("#DisplayName-error")!.TextContent.ShouldBe("Enter your name.");
    }

    [Theory]
    [InlineData("محمد بن علي")]
    [InlineData("שרה לוי")]
    [InlineData("Zoë 🌍 Łukasiewicz")]
    public async Task Right_to_left_and_emoji_names_are_kept_and_shown_as_text(string name)
    {
        var after = await RenameAsync(name);

        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Document.QuerySelector("#DisplayName")!.GetAttribute("value").ShouldBe(name);
        after.Document.QuerySelector("#DisplayName")!.GetAttribute("dir").ShouldBe("auto");
        after.Document.QuerySelector("[data-testid=account-link]")!.TextContent.ShouldBe(name);
    }

    private async Task<HtmlPage> RenameAsync(string name)
    {
        var signedIn = await app.SignInAsAsync(Roles.MemberUser);
        var page = await signedIn.Client.GetPageAsync("/account");
        return await signedIn.Client.SubmitAsync(page, new Dictionary<string, string> { ["DisplayName"] = name }, "#name-form");
    }

    /// <summary>The typed markup came back encoded: no script element but the site's own files.</summary>
    private static async Task ShouldNotCarryMarkupAsync(HtmlPage page)
    {
        var raw = await page.Response.Content.ReadAsStringAsync();
        raw.ShouldNotContain(Script);
        page.Document.QuerySelectorAll("script").ShouldAllBe(s => s.GetAttribute("src") != null && s.GetAttribute("src")!.StartsWith("/lib/", StringComparison.Ordinal));
    }
}
