using System.Net;
using AngleSharp.Dom;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Members;

/// <summary>A coordinator manages their own authority's people at /authorities/{id}/people.</summary>
public sealed class AuthorityPeopleTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task My_authority_takes_a_coordinator_to_their_own_authoritys_people()
    {
        var authority = (await app.AddAuthorityAsync("Utrecht", "NL", 361_000, member: false)).Id;
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, authority);
        await coordinator.Client.ShouldRedirectToAsync("/members/authority", $"/authorities/{authority}/people");
        var page = await coordinator.Client.GetPageAsync("/members/authority");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("People of Utrecht");
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_coordinator_is_refused_another_authoritys_people_and_cannot_tell_which_authorities_exist()
    {
        var a = (await app.AddAuthorityAsync("Delft", "NL", member: false)).Id;
        var b = (await app.AddAuthorityAsync("Leiden", "NL", member: false)).Id;
        var colleagueOfB = await app.InviteAsync(Roles.MemberUser, b);
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, a);

        await coordinator.Client.ShouldBeForbiddenAsync($"/authorities/{b}/people");
        (await coordinator.Client.GetAsync($"/authorities/{b}/people", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await coordinator.Client.ShouldBeForbiddenAsync($"/authorities/{b}/people/invite");
        await coordinator.Client.ShouldBeForbiddenAsync($"/authorities/{Guid.NewGuid()}/people");
        var own = await coordinator.Client.GetPageAsync($"/authorities/{a}/people");
        var response = await coordinator.Client.PostFormAsync($"/authorities/{b}/people?handler=Deactivate", new Dictionary<string, string>
        {
            ["UserId"] = colleagueOfB.Id.ToString(),
            ["__RequestVerificationToken"] = own.AntiforgeryToken(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        (await staff.Client.GetPageAsync($"/authorities/{b}/people")).Status.ShouldBe(HttpStatusCode.OK);
        (await staff.Client.GetPageAsync($"/authorities/{Guid.NewGuid()}/people")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Client.GetPageAsync($"/authorities/{b}/people")).Document.QuerySelector($"tr[data-person='{colleagueOfB.Email}']")!
            .QuerySelector(".badge")!.TextContent.ShouldBe("Member user");
    }

    [Fact]
    public async Task Member_users_and_partners_cannot_manage_people_and_visitors_are_sent_to_sign_in()
    {
        var authority = (await app.AddAuthorityAsync("Haarlem", "NL", member: false)).Id;
        var member = await app.SignInAsAsync(Roles.MemberUser, authority);
        await member.Client.ShouldBeForbiddenAsync($"/authorities/{authority}/people");
        await member.Client.ShouldBeForbiddenAsync("/members/authority");
        var partner = await app.SignInAsAsync(Roles.PartnerExpert);
        await partner.Client.ShouldBeForbiddenAsync($"/authorities/{authority}/people");
        await app.NewClient().ShouldRedirectToAsync($"/authorities/{authority}/people", "/account/sign-in");
        await app.NewClient().ShouldRedirectToAsync("/members/authority", "/account/sign-in");
    }

    [Fact]
    public async Task The_page_lists_the_authoritys_accounts_25_at_a_time_with_roles_status_and_last_sign_in()
    {
        var authority = (await app.AddAuthorityAsync("Zwolle", "NL", member: false)).Id;
        var elsewhere = (await app.AddAuthorityAsync("Breda", "NL", member: false)).Id;
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, authority);
        var active = await app.SignInAsAsync(Roles.MemberUser, authority);
        for (var i = 0; i < 25; i++)
        {
            await app.InviteAsync(Roles.MemberUser, authority, name: $"Zwolle colleague {i:00}");
        }

        var stranger = await app.InviteAsync(Roles.MemberUser, elsewhere);

        var first = await coordinator.Client.GetPageAsync($"/authorities/{authority}/people");
        first.Document.QuerySelector("[data-testid=people] caption")!.TextContent.ShouldBe("27 accounts, page 1 of 2");
        Rows(first).Count.ShouldBe(25);
        var second = await coordinator.Client.GetPageAsync(first.Document.QuerySelector("nav[aria-label='Pages of people'] a[rel=next]")!.GetAttribute("href")!);
        Rows(second).Count.ShouldBe(2);
        var everyone = Rows(first).Concat(Rows(second)).ToList();
        everyone.ShouldNotContain(r => r.GetAttribute("data-person") == stranger.Email);

        var me = everyone.Single(r => r.GetAttribute("data-person") == coordinator.User.Email);
        Cells(me).ShouldBe([coordinator.User.Name, coordinator.User.Email, "Member coordinator", "Active", Cells(me)[4], ""]);
        Cells(me)[4].ShouldNotBe("Never");
        me.QuerySelector("form").ShouldBeNull();
        var colleague = everyone.Single(r => r.GetAttribute("data-person") == active.User.Email);
        Cells(colleague)[3].ShouldBe("Active");
        colleague.QuerySelector("button")!.GetAttribute("aria-label").ShouldBe($"Deactivate the account of {active.User.Name}");
        var pending = everyone.Single(r => r.QuerySelector("th")!.TextContent == "Zwolle colleague 00");
        Cells(pending)[3].ShouldBe("Invitation pending");
        Cells(pending)[4].ShouldBe("Never");
    }

    [Fact]
    public async Task A_coordinator_invites_a_colleague_who_can_accept_and_the_invitation_is_audited()
    {
        var authority = (await app.AddAuthorityAsync("Groningen", "NL", 234_000, member: false)).Id;
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, authority);
        var people = await coordinator.Client.GetPageAsync($"/authorities/{authority}/people");
        var form = await coordinator.Client.GetPageAsync(people.Document.QuerySelector("main a[href$='/people/invite']")!.GetAttribute("href")!);

        var after = await coordinator.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = "sanne.devries@groningen.example",
            ["Input.DisplayName"] = "Sanne de Vries",
            ["Input.Language"] = "fr",
        });

        after.Address.AbsolutePath.ShouldBe($"/authorities/{authority}/people");
        after.Text.ShouldContain("Invitation sent to sanne.devries@groningen.example.");
        var row = Rows(after).Single(r => r.GetAttribute("data-person") == "sanne.devries@groningen.example");
        Cells(row)[2].ShouldBe("Member user");
        Cells(row)[3].ShouldBe("Invitation pending");
        var mail = await app.LastMailToAsync("sanne.devries@groningen.example");
        mail.Subject.ShouldBe("Votre invitation à Urbis");
        mail.HtmlBody!.ShouldContain("Groningen");

        var id = Guid.Parse(mail.Link("/account/invitation").Split("user=")[1].Split('&')[0]);
        var sanne = await app.AcceptInvitationAsync(new TestUser(id, "sanne.devries@groningen.example", "Sanne de Vries", UrbisApp.DefaultPassword, Roles.MemberUser));
        (await sanne.GetPageAsync("/members")).Document.QuerySelector("[data-testid=my-authority] h3")!.TextContent.ShouldBe("Groningen");

        var admin = await app.SignInAsAsync(Roles.Administrator);
        var log = await admin.Client.GetPageAsync($"/admin/audit?entityId={id}&action=InvitationSent");
        log.Document.QuerySelector("[data-testid=audit-entries] tbody tr td:nth-child(2)")!.TextContent.Trim().ShouldBe(coordinator.User.Name);
    }

    [Fact]
    public async Task A_coordinator_deactivates_a_colleague_who_is_signed_out_at_once_and_can_reactivate_them()
    {
        var authority = (await app.AddAuthorityAsync("Nijmegen", "NL", member: false)).Id;
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, authority);
        var colleague = await app.SignInAsAsync(Roles.MemberUser, authority);
        var page = await coordinator.Client.GetPageAsync($"/authorities/{authority}/people");

        var after = await coordinator.Client.SubmitAsync(page, new Dictionary<string, string>(), $"tr[data-person='{colleague.User.Email}'] form");

        after.Text.ShouldContain("The account is deactivated: it can no longer sign in.");
        Cells(Rows(after).Single(r => r.GetAttribute("data-person") == colleague.User.Email))[3].ShouldBe("Deactivated");
        await colleague.Client.ShouldRedirectToAsync("/members", "/account/sign-in");
        var visitor = app.NewClient();
        var signIn = await visitor.GetPageAsync("/account/sign-in");
        var refused = await visitor.SubmitAsync(signIn, new Dictionary<string, string> { ["Input.Email"] = colleague.User.Email, ["Input.Password"] = colleague.User.Password });
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var back = await coordinator.Client.SubmitAsync(after, new Dictionary<string, string>(), $"tr[data-person='{colleague.User.Email}'] form");
        back.Text.ShouldContain("The account is active again.");
        (await (await app.SignInAsync(colleague.User)).GetPageAsync("/members")).Status.ShouldBe(HttpStatusCode.OK);

        var admin = await app.SignInAsAsync(Roles.Administrator);
        var log = await admin.Client.GetPageAsync($"/admin/audit?entityType=User&entityId={colleague.User.Id}&actor={Uri.EscapeDataString(coordinator.User.Name)}");
        var actions = log.Document.QuerySelectorAll("[data-testid=audit-entries] tbody tr td:nth-child(3)").Select(c => c.TextContent.Trim()).ToList();
        actions.ShouldContain("Deactivated");
        actions.ShouldContain("Reactivated");
    }

    [Fact]
    public async Task A_coordinator_cannot_deactivate_themselves_another_coordinator_or_someone_of_another_authority()
    {
        var authority = (await app.AddAuthorityAsync("Tilburg", "NL", member: false)).Id;
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, authority);
        var coCoordinator = await app.InviteAsync(Roles.MemberCoordinator, authority);
        var stranger = await app.InviteAsync(Roles.MemberUser);

        (await Deactivate(coordinator.Client, authority, coordinator.User.Id)).ShouldBe((HttpStatusCode.UnprocessableEntity, "You cannot deactivate your own account."));
        (await Deactivate(coordinator.Client, authority, coCoordinator.Id)).ShouldBe((HttpStatusCode.UnprocessableEntity, "Only member users of this authority can be managed here."));
        (await Deactivate(coordinator.Client, authority, stranger.Id)).Status.ShouldBe(HttpStatusCode.NotFound);

        var page = await coordinator.Client.GetPageAsync($"/authorities/{authority}/people");
        Rows(page).Select(r => Cells(r)[3]).ShouldAllBe(s => s != "Deactivated");
        var admin = await app.SignInAsAsync(Roles.Administrator);
        (await admin.Client.GetPageAsync($"/admin/users/{stranger.Id}")).Status().ShouldBe("Invitation pending");
    }

    [Theory]
    [InlineData("Input.Email", "jan@", "Enter a valid e-mail address")]
    [InlineData("Input.DisplayName", "", "Enter the person's name.")]
    [InlineData("Input.Language", "nl", "Choose a language from the list.")]
    [InlineData("Input.DisplayName", "Jan <b>de Baas</b>", "A name cannot contain < or >")]
    public async Task Bad_input_on_a_colleagues_invitation_is_refused_and_creates_nothing(string field, string value, string message)
    {
        var authority = (await app.AddAuthorityAsync("Almere", "NL", member: false)).Id;
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, authority);
        var email = $"jan-{Guid.NewGuid():N}@almere.example";
        var fields = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.DisplayName"] = "Jan", ["Input.Language"] = "en" };
        fields[field] = value;
        var form = await coordinator.Client.GetPageAsync($"/authorities/{authority}/people/invite");

        var back = await coordinator.Client.SubmitAsync(form, fields);

        back.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        back.Errors.ShouldContain(e => e.StartsWith(message, StringComparison.Ordinal));
        (await app.MailToAsync(email)).ShouldBeEmpty();
        Rows(await coordinator.Client.GetPageAsync($"/authorities/{authority}/people")).Count.ShouldBe(1);
    }

    private static async Task<(HttpStatusCode Status, string? Message)> Deactivate(HttpClient client, Guid authority, Guid userId)
    {
        var page = await client.GetPageAsync($"/authorities/{authority}/people");
        var response = await client.PostFormAsync($"/authorities/{authority}/people?handler=Deactivate", new Dictionary<string, string>
        {
            ["UserId"] = userId.ToString(),
            ["__RequestVerificationToken"] = page.AntiforgeryToken(),
        });
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, document.QuerySelector("#form-errors li")?.TextContent.Trim());
    }

    private static List<IElement> Rows(HtmlPage page) => [.. page.Document.QuerySelectorAll("[data-testid=people] tbody tr")];

    private static List<string> Cells(IElement row) => [.. row.Children.Select(c => c.TextContent.Trim())];
}
