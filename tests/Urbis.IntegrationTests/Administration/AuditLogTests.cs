using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Administration;

/// <summary>Browsing the audit log: filters, pages and readable values.</summary>
public sealed class AuditLogTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Entries_come_newest_first_50_to_a_page_and_filters_combine()
    {
        app.Clock.Advance(TimeSpan.FromDays(2));
        var day = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var invited = new List<TestUser>();
        for (var i = 0; i < 52; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            invited.Add(await app.InviteAsync(Roles.PartnerExpert));
        }

        var admin = await app.SignInAsAsync(Roles.Administrator); // its own invitation is the newest entry of the day
        var url = $"/admin/audit?from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}&action=InvitationSent";
        var first = await admin.Client.GetPageAsync(url);
        Rows(first).Count.ShouldBe(50);
        Rows(first).Take(2).Select(r => r.QuerySelector("td:nth-child(4) a")!.GetAttribute("href")).ShouldBe([$"/admin/users/{admin.User.Id}", $"/admin/users/{invited[^1].Id}"]);
        Rows(first).Select(r => r.QuerySelector("td:nth-child(3)")!.TextContent.Trim()).ShouldAllBe(a => a == "Invitation sent");
        var pages = first.Document.QuerySelector("nav[aria-label='Pages of the audit log']")!;
        pages.QuerySelector("a[aria-current=page]")!.TextContent.ShouldBe("1");
        var older = pages.QuerySelector("a[rel=next]")!;
        older.TextContent.ShouldBe("Older entries");

        var second = await admin.Client.GetPageAsync(older.GetAttribute("href")!);
        Rows(second).Count.ShouldBe(3);
        Rows(second).Select(r => r.QuerySelector("td:nth-child(4) a")!.GetAttribute("href")).ShouldBe([.. invited.Take(3).Reverse().Select(u => $"/admin/users/{u.Id}")]);
        second.Document.QuerySelector("nav[aria-label='Pages of the audit log'] a[rel=next]").ShouldBeNull();

        var before = await admin.Client.GetPageAsync($"/admin/audit?to={day.AddDays(-1):yyyy-MM-dd}&action=InvitationSent");
        Rows(before).ShouldNotContain(r => r.InnerHtml.Contains(invited[0].Id.ToString(), StringComparison.Ordinal));
        var later = await admin.Client.GetPageAsync($"/admin/audit?from={day.AddDays(2):yyyy-MM-dd}&action=InvitationSent");
        later.Text.ShouldContain("No entry matches these filters.");
    }

    [Fact]
    public async Task The_actor_filter_finds_what_a_person_did()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var colleague = await app.SignInAsAsync(Roles.Administrator);
        var partner = await app.InviteAsync(Roles.PartnerExpert);
        await colleague.Client.ChangeAccountAsync(partner.Id, "#deactivate-form");

        var page = await admin.Client.GetPageAsync($"/admin/audit?actor={Uri.EscapeDataString(colleague.User.Name.ToUpperInvariant())}");
        Rows(page).ShouldNotBeEmpty();
        Rows(page).Select(r => r.QuerySelector("td:nth-child(2)")!.TextContent.Trim()).ShouldAllBe(n => n == colleague.User.Name);
        Rows(page).ShouldContain(r => r.QuerySelector("td:nth-child(3)")!.TextContent.Trim() == "Deactivated");
        Rows(page)[0].QuerySelector("td:nth-child(2) a")!.GetAttribute("href").ShouldBe($"/admin/users/{colleague.User.Id}");

        var system = await admin.Client.GetPageAsync("/admin/audit?actor=system&action=InvitationSent");
        Rows(system).Select(r => r.QuerySelector("td:nth-child(2)")!.TextContent.Trim()).ShouldAllBe(n => n == "System");
        Rows(system).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Values_show_as_a_table_with_secrets_only_marked_as_changed()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var member = await app.SignInAsAsync(Roles.MemberUser);

        var page = await admin.Client.GetPageAsync($"/admin/audit?entityType=User&entityId={member.User.Id}&action=Modified");
        var changes = Rows(page).SelectMany(r => r.QuerySelectorAll(".audit-values-table tbody tr"))
            .Select(r => (Property: r.Children[0].TextContent.Trim(), Before: r.Children[1].TextContent.Trim(), After: r.Children[2].TextContent.Trim()))
            .ToList();
        changes.ShouldContain(("PasswordHash", "(changed)", "(changed)"));
        changes.ShouldContain(("EmailConfirmed", "No", "Yes"));
        page.Html.ShouldNotContain("AQAAAA");

        var added = await admin.Client.GetPageAsync($"/admin/audit?entityType=User&entityId={member.User.Id}&action=Added");
        var values = Rows(added).Single().QuerySelectorAll(".audit-values-table tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[2].TextContent.Trim());
        values["Email"].ShouldBe(member.User.Email);
        values["DisplayName"].ShouldBe(member.User.Name);
        values["CreatedAt"].ShouldEndWith(" UTC");
        Rows(added).Single().QuerySelector("th[scope=row], td:nth-child(4)")!.TextContent.ShouldContain($"Account: {member.User.Name}");
    }

    [Fact]
    public async Task Times_are_shown_in_the_readers_format_and_marked_UTC()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator, language: "fr");
        var page = await admin.Client.GetPageAsync("/admin/audit");
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Journal d'audit");
        var time = Rows(page)[0].QuerySelector("time")!;
        var at = DateTime.Parse(time.GetAttribute("datetime")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        time.TextContent.ShouldBe(at.ToString("G", CultureInfo.GetCultureInfo("fr-FR")) + " UTC");
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_type_filter_offers_the_types_present_and_a_bad_date_is_refused_with_a_message()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var page = await admin.Client.GetPageAsync("/admin/audit");
        var types = page.Document.QuerySelectorAll("#EntityType option").Select(o => o.GetAttribute("value")).ToList();
        types.ShouldContain("User");
        types.ShouldContain("UserRole");

        var bad = await admin.Client.GetPageAsync("/admin/audit?from=yesterday");
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.Document.GetElementById("From-error")!.TextContent.ShouldContain("is not valid");
        Rows(bad).ShouldBeEmpty();

        var reversed = await admin.Client.GetPageAsync("/admin/audit?from=2030-01-10&to=2030-01-01");
        reversed.Status.ShouldBe(HttpStatusCode.BadRequest);
        reversed.Errors.ShouldContain("The end date is before the start date.");
    }

    private static List<IElement> Rows(HtmlPage page) => [.. page.Document.QuerySelectorAll("[data-testid=audit-entries] > tbody > tr")];
}
