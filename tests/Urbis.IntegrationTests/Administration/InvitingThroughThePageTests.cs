using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Administration;

/// <summary>An administrator invites people through /admin/users/invite.</summary>
public sealed class InvitingThroughThePageTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task An_invitation_sent_from_the_page_reaches_the_invitee_who_can_accept_it()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var authorityId = (await app.AddAuthorityAsync("Grenoble-Alpes Métropole", "FR", 450_000, member: false)).Id;
        var email = "claire.dubois@grenoble.example";

        var form = await admin.Client.GetPageAsync("/admin/users/invite");
        var found = await admin.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Claire Dubois",
            ["Input.Language"] = "fr",
            ["Input.Roles"] = Roles.MemberCoordinator,
            ["AuthoritySearch"] = "grenoble",
        }, submitName: "search");

        found.Status.ShouldBe(HttpStatusCode.OK);
        found.Errors.ShouldBeEmpty();
        found.Document.QuerySelector("#Input_Email")!.GetAttribute("value").ShouldBe(email);
        var choice = found.Document.QuerySelector($"input[type=radio][name='Input.AuthorityId'][value='{authorityId}']");
        choice.ShouldNotBeNull(found.Text);

        var sent = await admin.Client.SubmitAsync(found, new Dictionary<string, string> { ["Input.AuthorityId"] = authorityId.ToString() }, followRedirects: false);
        sent.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", sent.Errors));
        var accountPage = await admin.Client.GetPageAsync(sent.Response.Headers.Location!.OriginalString);
        accountPage.Text.ShouldContain($"Invitation sent to {email}.");
        accountPage.Document.QuerySelector("[data-testid=authority]")!.TextContent.ShouldContain("Grenoble-Alpes Métropole");
        accountPage.Document.QuerySelector("[data-testid=status]")!.TextContent.ShouldBe("Invitation pending");

        var mail = await app.LastMailToAsync(email);
        mail.Subject.ShouldBe("Votre invitation à Urbis");
        mail.HtmlBody!.ShouldContain("Grenoble-Alpes Métropole");
        var id = Guid.Parse(accountPage.Address.AbsolutePath.Split('/').Last());
        var invitee = await app.AcceptInvitationAsync(new TestUser(id, email, "Claire Dubois", UrbisApp.DefaultPassword, Roles.MemberCoordinator));
        var home = await invitee.GetPageAsync("/members");
        home.Status.ShouldBe(HttpStatusCode.OK);
        home.Document.QuerySelector("[data-testid=my-authority]")!.TextContent.ShouldContain("Grenoble-Alpes Métropole");
    }

    [Fact]
    public async Task The_authority_search_says_when_there_are_too_many_or_no_matches()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        for (var i = 0; i < 23; i++)
        {
            await app.AddAuthorityAsync($"Pickerville {i:00}", "BE", 10_000 + i, member: false);
        }

        var form = await admin.Client.GetPageAsync("/admin/users/invite");
        var many = await admin.Client.SubmitAsync(form, new Dictionary<string, string> { ["AuthoritySearch"] = "pickerVILLE" }, submitName: "search");
        many.Document.QuerySelectorAll("input[type=radio][name='Input.AuthorityId']:not([value=''])").Length.ShouldBe(20);
        many.Text.ShouldContain("More than 20 authorities match");
        var labels = many.Document.QuerySelectorAll(".authority-choices label").Select(l => string.Join(' ', l.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        labels.ShouldContain("Pickerville 00 – Belgium, 10,000 inhabitants");

        var none = await admin.Client.SubmitAsync(many, new Dictionary<string, string> { ["AuthoritySearch"] = "Atlantis" }, submitName: "search");
        none.Text.ShouldContain("No authority matches “Atlantis”.");
        none.Document.QuerySelectorAll("input[type=radio][name='Input.AuthorityId']:not([value=''])").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_chosen_authority_stays_chosen_when_the_form_comes_back_with_an_error()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var authorityId = (await app.AddAuthorityAsync("Liège", member: false)).Id;
        var form = await admin.Client.GetPageAsync("/admin/users/invite");
        var back = await admin.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = "not an address",
            ["Input.DisplayName"] = "Luc Peeters",
            ["Input.Roles"] = Roles.MemberUser,
            ["Input.AuthorityId"] = authorityId.ToString(),
        });
        back.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var chosen = back.Document.QuerySelector($"input[type=radio][value='{authorityId}']");
        chosen.ShouldNotBeNull();
        chosen.HasAttribute("checked").ShouldBeTrue();
    }

    public static TheoryData<string, string, string, string, string> BadInvitations => new()
    {
        // field posted, value, where the message shows, the message
        { "Input.Email", "claire.dubois@", "Input_Email-error", "Enter a valid e-mail address", "" },
        { "Input.DisplayName", new string('x', 10_240), "Input_DisplayName-error", "Use at most 200 characters.", "" },
        { "Input.DisplayName", "   ", "Input_DisplayName-error", "Enter the person's name.", "" },
        { "Input.DisplayName", "Eve\u202Elanretni", "Input_DisplayName-error", "hidden text-direction characters", "" },
        { "Input.Roles", "SuperUser", "Input_Roles-error", "Choose one or more roles from the list.", "" },
        { "Input.Roles", "", "Input_Roles-error", "Choose one or more roles from the list.", "" },
        { "Input.Language", "tlh", "Input_Language-error", "Choose a language from the list.", "" },
        { "Input.AuthorityId", Guid.NewGuid().ToString(), "Input_AuthorityId-error", "This authority does not exist.", Roles.MemberUser },
        { "Input.AuthorityId", "not-a-guid", "Input_AuthorityId-error", "is not valid", Roles.MemberUser },
        { "Input.AuthorityId", "", "Input_AuthorityId-error", "Member users and coordinators work for an authority", Roles.MemberUser },
    };

    [Theory]
    [MemberData(nameof(BadInvitations))]
    public async Task Bad_input_is_refused_with_a_message_next_to_the_field_and_creates_nothing(string field, string value, string errorId, string message, string role)
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var email = $"bad-{Guid.NewGuid():N}@example.org";
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Someone Valid",
            ["Input.Language"] = "en",
            ["Input.Roles"] = role.Length > 0 ? role : Roles.PartnerExpert,
        };
        fields[field] = value;
        var form = await admin.Client.GetPageAsync("/admin/users/invite");

        var back = await admin.Client.SubmitAsync(form, fields);

        back.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        back.Document.GetElementById(errorId)!.TextContent.ShouldContain(message);
        back.Document.QuerySelector("#form-errors")!.TextContent.ShouldContain(message);
        (await app.MailToAsync(email)).ShouldBeEmpty();
        var list = await admin.Client.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString(email));
        list.Text.ShouldContain("No account matches these filters.");
    }

    [Fact]
    public async Task Every_problem_of_the_form_is_shown_at_once_next_to_its_field()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var form = await admin.Client.GetPageAsync("/admin/users/invite");

        var back = await admin.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = "claire.dubois@",
            ["Input.DisplayName"] = " ",
            ["Input.Language"] = "tlh",
            ["Input.Roles"] = Roles.MemberUser,
        });

        back.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        back.Document.GetElementById("Input_Email-error")!.TextContent.ShouldContain("Enter a valid e-mail address");
        back.Document.GetElementById("Input_DisplayName-error")!.TextContent.ShouldContain("Enter the person's name.");
        back.Document.GetElementById("Input_Language-error")!.TextContent.ShouldContain("Choose a language from the list.");
        back.Document.GetElementById("Input_AuthorityId-error")!.TextContent.ShouldContain("Member users and coordinators work for an authority");
        back.Document.QuerySelectorAll("#form-errors li").Length.ShouldBe(4);
        back.Document.QuerySelector("#Input_Email")!.GetAttribute("value").ShouldBe("claire.dubois@");
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_is_refused()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var existing = await app.InviteAsync(Roles.PartnerExpert);
        var form = await admin.Client.GetPageAsync("/admin/users/invite");
        var back = await admin.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = existing.Email.ToUpperInvariant(),
            ["Input.DisplayName"] = "Twin",
            ["Input.Roles"] = Roles.PartnerExpert,
        });
        back.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        back.Document.GetElementById("Input_Email-error")!.TextContent.ShouldBe("An account with this e-mail address already exists.");
        (await app.MailToAsync(existing.Email)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_name_with_markup_is_refused_and_what_was_typed_comes_back_as_text_never_run()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        const string name = "<script>alert('pwned')</script><b>Bold</b>";
        var form = await admin.Client.GetPageAsync("/admin/users/invite");

        var back = await admin.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = "markup@example.org",
            ["Input.DisplayName"] = name,
            ["Input.Roles"] = Roles.PartnerExpert,
        });

        back.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        back.Document.GetElementById("Input_DisplayName-error")!.TextContent.ShouldContain("A name cannot contain < or >");
        back.Document.QuerySelector("#Input_DisplayName")!.GetAttribute("value").ShouldBe(name);
        NoInjectedMarkup(back);
        (await app.MailToAsync("markup@example.org")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Zbigniew Ćwik")]
    [InlineData("Αλέξανδρος Παπαδόπουλος")]
    [InlineData("Anne-Marie O'Neill")]
    [InlineData("Jan van 't Hek")]
    public async Task Real_names_in_any_script_are_invited_as_typed(string name)
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var email = $"name-{Guid.NewGuid():N}@example.org";
        var form = await admin.Client.GetPageAsync("/admin/users/invite");

        var sent = await admin.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Roles"] = Roles.PartnerExpert,
        });

        sent.Status.ShouldBe(HttpStatusCode.OK);
        sent.Document.QuerySelector("h1")!.TextContent.ShouldBe(name);
        (System.Net.WebUtility.HtmlDecode((await app.LastMailToAsync(email)).HtmlBody) ?? "").ShouldContain(name, Case.Sensitive);
    }

    private static void NoInjectedMarkup(HtmlPage page)
    {
        page.Document.QuerySelectorAll("script").Where(s => s.TextContent.Contains("pwned", StringComparison.Ordinal)).ShouldBeEmpty();
        page.Document.QuerySelectorAll("main b").ShouldBeEmpty();
    }
}
