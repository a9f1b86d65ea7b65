using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Administration;

/// <summary>Giving and removing roles, and moving an account to another authority, on its page.</summary>
public sealed class RoleChangesTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Giving_and_removing_a_role_shows_in_the_audit_log_with_the_role_name()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var partner = await app.InviteAsync(Roles.PartnerExpert);

        var given = await admin.Client.ChangeAccountAsync(partner.Id, "#assign-role-form", new Dictionary<string, string> { ["Role"] = Roles.Finance });
        given.Notice().ShouldBe("Role “Finance” given.");
        given.Roles().ShouldBe(["Partner or expert", "Finance"]);
        var removed = await admin.Client.ChangeAccountAsync(partner.Id, $"#remove-role-{Roles.Finance}");
        removed.Notice().ShouldBe("Role “Finance” removed.");
        removed.Roles().ShouldBe(["Partner or expert"]);

        var log = await admin.Client.GetPageAsync("/admin/audit");
        var filtered = await admin.Client.SubmitGetAsync(log, new Dictionary<string, string> { ["EntityType"] = "UserRole", ["EntityId"] = partner.Id.ToString() });
        filtered.Status.ShouldBe(HttpStatusCode.OK);
        var rows = filtered.Document.QuerySelectorAll("[data-testid=audit-entries] > tbody > tr");
        rows.Select(r => r.GetAttribute("data-entity-type")).ShouldAllBe(t => t == "UserRole");
        var texts = rows.Select(r => r.Children[2].TextContent.Trim() + " | " + r.Children[3].TextContent.Trim()).ToList();
        texts.ShouldBe([
            $"Role removed | Account role: Finance – {partner.Name}",
            $"Role given | Account role: Finance – {partner.Name}",
            $"Role given | Account role: Partner or expert – {partner.Name}",
        ]);
        var newest = rows[0];
        newest.Children[1].TextContent.Trim().ShouldBe(admin.User.Name);
        newest.QuerySelector("td:nth-child(4) a")!.GetAttribute("href").ShouldBe($"/admin/users/{partner.Id}");
        var values = newest.QuerySelectorAll(".audit-values-table tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[1].TextContent.Trim());
        values["RoleId"].ShouldBe("Finance");
        values["UserId"].ShouldBe(partner.Name);
        filtered.Html.ShouldNotContain(RoleConfiguration.Ids[Roles.Finance].ToString(), Case.Insensitive);
    }

    [Fact]
    public async Task A_role_change_ends_the_accounts_open_sessions_so_the_new_rights_apply_at_once()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var authority = (await app.AddAuthorityAsync("Aarhus", "DK", 290_000, member: false)).Id;
        var member = await app.SignInAsAsync(Roles.MemberUser, authority);
        (await member.Client.GetPageAsync("/members")).Status.ShouldBe(HttpStatusCode.OK);

        await admin.Client.ChangeAccountAsync(member.User.Id, "#assign-role-form", new Dictionary<string, string> { ["Role"] = Roles.MemberCoordinator });

        await member.Client.ShouldRedirectToAsync("/members", "/account/sign-in");
        var again = await app.SignInAsync(member.User);
        await again.ShouldRedirectToAsync("/members/authority", $"/authorities/{authority}/people");
    }

    [Fact]
    public async Task An_administrator_changing_their_own_account_keeps_this_session_with_the_new_rights_and_ends_the_others()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var elsewhere = await app.SignInAsync(admin.User);
        var authority = (await app.AddAuthorityAsync("Bologna", "IT", 390_000, member: false)).Id;

        var moved = await admin.Client.ChangeAccountAsync(admin.User.Id, "#authority-form", new Dictionary<string, string> { ["AuthorityId"] = authority.ToString() });
        moved.Notice().ShouldBe("The account's authority is changed.");
        var after = await admin.Client.ChangeAccountAsync(admin.User.Id, "#assign-role-form", new Dictionary<string, string> { ["Role"] = Roles.MemberCoordinator });

        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Notice().ShouldBe("Role “Member coordinator” given.");
        after.Roles().ShouldBe(["Member coordinator", "Administrator"]);
        await admin.Client.ShouldRedirectToAsync("/members/authority", $"/authorities/{authority}/people");
        await elsewhere.ShouldRedirectToAsync("/admin/users", "/account/sign-in");
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_but_can_remove_anothers()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var colleague = await app.SignInAsAsync(Roles.Administrator);
        await admin.Client.ChangeAccountAsync(admin.User.Id, "#assign-role-form", new Dictionary<string, string> { ["Role"] = Roles.SecretariatStaff });

        var refused = await admin.Client.ChangeAccountAsync(admin.User.Id, $"#remove-role-{Roles.Administrator}");
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain("You cannot remove your own Administrator role: ask another administrator.");
        refused.Roles().ShouldContain("Administrator");

        await admin.Client.ChangeAccountAsync(colleague.User.Id, "#assign-role-form", new Dictionary<string, string> { ["Role"] = Roles.Finance });
        var done = await admin.Client.ChangeAccountAsync(colleague.User.Id, $"#remove-role-{Roles.Administrator}");
        done.Notice().ShouldBe("Role “Administrator” removed.");
        done.Roles().ShouldBe(["Finance"]);
    }

    [Fact]
    public async Task An_account_keeps_at_least_one_role()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var partner = await app.InviteAsync(Roles.PartnerExpert);
        var refused = await admin.Client.ChangeAccountAsync(partner.Id, $"#remove-role-{Roles.PartnerExpert}");
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain("An account keeps at least one role: deactivate it instead.");
        refused.Roles().ShouldBe(["Partner or expert"]);
    }

    [Theory]
    [InlineData("Root", "Choose a role from the list.")]
    [InlineData("", "Choose a role from the list.")]
    [InlineData(Roles.MemberUser, "Link the account to its authority first: this role belongs to a member authority.")]
    [InlineData(Roles.PartnerExpert, "The account already has this role.")]
    public async Task A_role_that_cannot_be_given_is_refused_with_a_message(string role, string message)
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var partner = await app.InviteAsync(Roles.PartnerExpert);
        var refused = await admin.Client.PostAccountAsync(partner.Id, "AssignRole", new Dictionary<string, string> { ["Role"] = role });
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain(message);
        (await admin.Client.GetPageAsync($"/admin/users/{partner.Id}")).Roles().ShouldBe(["Partner or expert"]);
    }

    [Fact]
    public async Task Moving_an_account_to_another_authority_uses_the_picker_and_ends_its_sessions()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var from = (await app.AddAuthorityAsync("Mechelen", "BE", 87_000, member: false)).Id;
        var to = (await app.AddAuthorityAsync("Leuven", "BE", 102_000, member: false)).Id;
        var member = await app.SignInAsAsync(Roles.MemberUser, from);

        var page = await admin.Client.GetPageAsync($"/admin/users/{member.User.Id}");
        var found = await admin.Client.SubmitAsync(page, new Dictionary<string, string> { ["AuthoritySearch"] = "leuv" }, "#authority-form", submitName: "search");
        found.Status.ShouldBe(HttpStatusCode.OK);
        found.Document.QuerySelector($"#authority-form input[type=radio][value='{to}']").ShouldNotBeNull();
        var moved = await admin.Client.SubmitAsync(found, new Dictionary<string, string> { ["AuthorityId"] = to.ToString() }, "#authority-form");

        moved.Notice().ShouldBe("The account's authority is changed.");
        moved.Document.QuerySelector("[data-testid=authority]")!.TextContent.ShouldBe("Leuven – Belgium");
        await member.Client.ShouldRedirectToAsync("/members", "/account/sign-in");
        var audit = await admin.Client.GetPageAsync($"/admin/audit?entityType=User&entityId={member.User.Id}&action=Modified");
        var values = audit.Document.QuerySelectorAll(".audit-values-table tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        values.ShouldContain(v => v[0] == "AuthorityId" && v[1] == "Mechelen" && v[2] == "Leuven");
    }

    [Theory]
    [InlineData("", "Member users and coordinators work for an authority: choose one.")]
    [InlineData("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "This authority does not exist. Search again and choose one from the list.")]
    [InlineData("Mechelen", "is not valid")]
    public async Task A_member_cannot_be_moved_to_no_or_an_unknown_authority(string authority, string message)
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var member = await app.InviteAsync(Roles.MemberUser);
        var before = (await admin.Client.GetPageAsync($"/admin/users/{member.Id}")).Document.QuerySelector("[data-testid=authority]")!.TextContent;

        var refused = await admin.Client.PostAccountAsync(member.Id, "Authority", new Dictionary<string, string> { ["AuthorityId"] = authority });

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain(e => e.Contains(message, StringComparison.Ordinal));
        (await admin.Client.GetPageAsync($"/admin/users/{member.Id}")).Document.QuerySelector("[data-testid=authority]")!.TextContent.ShouldBe(before);
    }
}
