using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.FollowUps;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Jobs;

namespace Urbis.IntegrationTests.Joining;

/// <summary>The board approves: the member is onboarded in one go, and commitments become follow-ups with reminders.</summary>
public sealed class ApprovalTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Approval_records_the_authority_membership_people_invitation_and_follow_ups()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Łódź", "PL", "urzad@lodz.example");
        var due = app.FutureDate(45);
        var id = await app.RecommendedApplicationAsync(staff.Client, reference, due);

        var decision = await staff.Client.GetPageAsync($"/office/applications/{id}/decision");
        decision.Document.QuerySelector("#Input_Body")!.GetAttribute("value").ShouldBe("Executive committee");
        var approved = await app.ApproveAsync(staff.Client, id);
        approved.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", approved.Errors));
        var page = await staff.Client.GetPageAsync($"/office/applications/{id}");
        page.Document.QuerySelector("[data-testid=state]")!.TextContent.ShouldBe("Approved");
        page.Text.ShouldContain("coordinator.urzad@lodz.example is invited to the members' platform as coordinator");
        page.Document.QuerySelector("[data-testid=follow-ups]")!.TextContent.ShouldContain("A local coalition for urban security");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var application = await db.Set<Application>().SingleAsync(a => a.Id == id);
        var authority = await db.Set<Authority>().SingleAsync(a => a.Id == application.AuthorityId);
        (authority.OfficialName, authority.CountryCode, authority.Population, authority.Type).ShouldBe(("Łódź", "PL", (int?)655_279, AuthorityType.City));
        var membership = await db.Set<Web.Modules.Membership.Domain.Membership>().SingleAsync(m => m.AuthorityId == authority.Id);
        membership.Status.ShouldBe(Web.Modules.Membership.Contracts.MembershipStatus.Active);
        var roles = await (from c in db.Set<AuthorityContact>() where c.AuthorityId == authority.Id join p in db.Set<Person>() on c.PersonId equals p.Id select new { c.Role, p.Email, p.UserId }).ToListAsync();
        roles.Select(r => (r.Role, r.Email)).ShouldBe(
        [
            (ContactRole.ElectedRepresentative, "mayor.urzad@lodz.example"),
            (ContactRole.Coordinator, "coordinator.urzad@lodz.example"),
            (ContactRole.TechnicalContact, "urzad@lodz.example"),
        ], ignoreOrder: true);
        roles.Single(r => r.Role == ContactRole.Coordinator).UserId.ShouldNotBeNull();
        var followUp = await db.Set<FollowUp>().SingleAsync(f => f.ApplicationId == id);
        (followUp.Condition, followUp.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe((JoiningCondition.LocalCoalition, due));
        var audited = await db.Set<AuditEntry>().Where(e => e.EntityType == "Membership" || e.EntityType == "Authority" || e.EntityType == "FollowUp" || e.Action == "ApplicationApproved" || e.Action == "InvitationSent").Select(e => e.EntityType + ":" + e.Action).ToListAsync();
        audited.ShouldContain("Authority:Added");
        audited.ShouldContain("Membership:Added");
        audited.ShouldContain("FollowUp:Added");
        audited.ShouldContain("Application:ApplicationApproved");
        audited.ShouldContain("User:InvitationSent");

        var welcome = await app.MailAsync("urzad@lodz.example", "Welcome to Urbis: Łódź is a member");
        welcome.TextBody!.ShouldContain("A local coalition for urban security, by");
        var invitation = await app.LastMailToAsync("coordinator.urzad@lodz.example");
        invitation.Subject.ShouldBe("Your invitation to Urbis");
        invitation.TextBody!.ShouldContain("for Łódź");
    }

    [Fact]
    public async Task The_coordinator_accepts_the_invitation_sees_the_membership_and_corrects_the_profile()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Kraków", "PL", "urzad@krakow.example");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference, app.FutureDate(60));
        (await app.ApproveAsync(staff.Client, id)).Status.ShouldBe(HttpStatusCode.Redirect);

        var coordinator = new TestUser(Guid.Empty, "coordinator.urzad@krakow.example", "Piotr Wiśniewski", UrbisApp.DefaultPassword, Roles.MemberCoordinator);
        var client = await app.AcceptInvitationAsync(coordinator);
        var page = await client.GetPageAsync("/members/membership");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("[data-testid=membership]")!.TextContent.ShouldContain("Full member");
        page.Document.QuerySelector("[data-testid=membership]")!.TextContent.ShouldContain("Active");
        page.Document.QuerySelector("[data-testid=conditions]")!.TextContent.ShouldContain("A local coalition for urban security");
        page.Document.QuerySelector("[data-testid=people]")!.TextContent.ShouldContain("Hanna Zdanowska – elected representative");

        var edit = await client.GetPageAsync(page.Document.QuerySelector("[data-testid=edit-profile]")!.GetAttribute("href")!);
        var wrong = await client.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Population"] = "-1", ["Input.Website"] = "javascript:alert(1)" }, followRedirects: false);
        wrong.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        wrong.Errors.Count.ShouldBe(2);
        var saved = await client.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Population"] = "804 237", ["Input.PopulationYear"] = "2024", ["Input.Address"] = "pl. Wszystkich Świętych 3-4" }, followRedirects: false);
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetPageAsync("/members/membership")).Document.QuerySelector("[data-testid=profile]")!.TextContent.ShouldContain("804,237");

        // Another authority's profile is out of reach.
        var other = (await app.AddAuthorityAsync("Wrocław", "PL")).Id;
        await client.ShouldBeForbiddenAsync($"/authorities/{other}/profile");
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Approval_can_link_an_existing_record_but_never_approves_for_a_member()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var former = (await app.AddAuthorityAsync("Sevilla", "ES", 684_234, member: false)).Id;
        var reference = await app.SubmitApplicationAsync("SEVILLA", "ES", "ayto@sevilla.example");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference);
        var page = await staff.Client.GetPageAsync($"/office/applications/{id}/decision");
        page.Document.QuerySelector($"#Input_Authority_{former}").ShouldNotBeNull();
        (await app.ApproveAsync(staff.Client, id, authority: null)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await app.ApproveAsync(staff.Client, id, authority: Guid.NewGuid().ToString())).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await app.ApproveAsync(staff.Client, id, authority: former.ToString())).Status.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Set<Authority>().CountAsync(a => a.CountryCode == "ES")).ShouldBe(1);
        (await db.Set<Application>().SingleAsync(a => a.Id == id)).AuthorityId.ShouldBe(former);
    }

    [Fact]
    public async Task Approving_from_two_tabs_onboards_once_and_an_existing_account_is_not_invited_again()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Graz", "AT", "stadt@graz.example");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference);
        await app.InviteAsync(Roles.PartnerExpert, email: "coordinator.stadt@graz.example");

        var today = app.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string> { ["Input.Outcome"] = "Approve", ["Input.Date"] = today, ["Input.StartDate"] = today, ["Input.Authority"] = "new" };
        var first = await staff.Client.GetPageAsync($"/office/applications/{id}/decision");
        var second = await staff.Client.GetPageAsync($"/office/applications/{id}/decision");
        (await staff.Client.SubmitAsync(first, fields, followRedirects: false)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await staff.Client.GetPageAsync($"/office/applications/{id}")).Text.ShouldContain("coordinator.stadt@graz.example already has an account");
        var late = await staff.Client.SubmitAsync(second, fields, followRedirects: false);
        late.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        late.Errors.ShouldContain("This is not possible in the application's current state.");
        (await staff.Client.GetAsync($"/office/applications/{id}/decision")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Set<Authority>().CountAsync(a => a.OfficialName == "Graz")).ShouldBe(1);
        (await db.Users.CountAsync(u => u.Email == "coordinator.stadt@graz.example")).ShouldBe(1);
    }

    [Fact]
    public async Task Reminders_go_to_the_coordinator_and_the_secretariat_before_and_after_the_due_date()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Gent", "BE", "stad@gent.example", language: "fr");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference, app.FutureDate(40));
        (await app.ApproveAsync(staff.Client, id)).Status.ShouldBe(HttpStatusCode.Redirect);
        const string coordinator = "coordinator.stad@gent.example";

        await RunRemindersAsync();
        (await app.MailToAsync(coordinator)).Count(m => (m.Subject ?? "").StartsWith("Rappel", StringComparison.Ordinal)).ShouldBe(0, "40 days left: nothing yet");

        app.Clock.Advance(TimeSpan.FromDays(10));
        await RunRemindersAsync();
        await RunRemindersAsync();
        var reminders = (await app.MailToAsync(coordinator)).Where(m => (m.Subject ?? "").StartsWith("Rappel", StringComparison.Ordinal)).ToList();
        reminders.Count.ShouldBe(1, "once, even when the job runs twice");
        reminders[0].Subject!.ShouldContain("Une coalition locale pour la sécurité urbaine – Gent");
        (await app.MailToAsync(UrbisApp.Secretariat)).Count(m => (m.Subject ?? "").StartsWith("Reminder: A local coalition for urban security – Gent", StringComparison.Ordinal)).ShouldBe(1);

        app.Clock.Advance(TimeSpan.FromDays(31));
        await RunRemindersAsync();
        (await app.MailToAsync(coordinator)).Count(m => (m.Subject ?? "").StartsWith("En retard", StringComparison.Ordinal)).ShouldBe(1);

        staff = await app.SignInAsAsync(Roles.SecretariatStaff); // the earlier session has expired
        var followUps = await staff.Client.GetPageAsync("/office/follow-ups");
        var row = followUps.Document.QuerySelectorAll("[data-testid=follow-ups] tbody tr").Single(r => r.TextContent.Contains("Gent", StringComparison.Ordinal));
        row.TextContent.ShouldContain("Overdue");
        var form = row.QuerySelector("form")!;
        var met = await staff.Client.PostFormAsync("/office/follow-ups?handler=Met", new Dictionary<string, string>
        {
            ["FollowUpId"] = form.QuerySelector("input[name=FollowUpId]")!.GetAttribute("value")!,
            ["Note"] = "Coalition charter received.",
            ["__RequestVerificationToken"] = followUps.AntiforgeryToken(),
        });
        met.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.Client.GetPageAsync("/office/follow-ups?show=closed")).Text.ShouldContain("Coalition charter received.");

        app.Clock.Advance(TimeSpan.FromDays(31));
        await RunRemindersAsync();
        (await app.MailToAsync(coordinator)).Count(m => (m.Subject ?? "").StartsWith("En retard", StringComparison.Ordinal)).ShouldBe(1, "closed: no more reminders");
    }

    [Fact]
    public async Task Without_an_appointed_coordinator_the_applicant_acts_as_coordinator_and_is_reminded()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var fields = UrbisApp.ApplicationFields("Mons", "BE", "ville@mons.example");
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Form.Coordinator.", StringComparison.Ordinal)).ToList())
        {
            fields.Remove(key);
        }

        fields["Form.CoordinatorAppointed"] = "no";
        fields["Form.CoordinatorPlan"] = "The council appoints a coordinator in spring.";
        fields["Form.CoordinatorBy"] = app.FutureDate(120);
        var client = app.NewClient();
        var answer = await app.ApplyAsync(fields, client);
        answer.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", answer.Errors));
        var thanks = await client.GetPageAsync(answer.Response.Headers.Location!.OriginalString);
        var reference = thanks.Document.QuerySelector("[data-testid=reference]")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last().TrimEnd('.');
        var id = await app.RecommendedApplicationAsync(staff.Client, reference, app.FutureDate(40));
        (await app.ApproveAsync(staff.Client, id)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await app.MailToAsync("ville@mons.example")).ShouldContain(m => m.HtmlBody != null && m.HtmlBody.Contains("/account/invitation", StringComparison.Ordinal));

        app.Clock.Advance(TimeSpan.FromDays(10));
        await RunRemindersAsync();
        (await app.MailToAsync("ville@mons.example")).Count(m => (m.Subject ?? "").StartsWith("Reminder", StringComparison.Ordinal)).ShouldBe(1);
    }

    private async Task RunRemindersAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IScheduledJob>().OfType<FollowUpReminders>().Single().RunAsync(CancellationToken.None);
    }
}
