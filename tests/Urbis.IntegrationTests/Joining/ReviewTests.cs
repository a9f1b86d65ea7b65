using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Joining;

/// <summary>The secretariat's review: every transition through its page, only from the right states, all audited.</summary>
public sealed class ReviewTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_assignee_is_named_as_they_are_called_today_after_a_change_of_name()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Leuven", "BE", "assignee@leuven.example");
        var id = await UrbisApp.ApplicationIdAsync(staff.Client, reference);
        (await UrbisApp.PressAsync(staff.Client, id, "StartReview")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await UrbisApp.PressAsync(staff.Client, id, "Assign", new() { ["AssigneeId"] = staff.User.Id.ToString() })).Status.ShouldBe(HttpStatusCode.Redirect);

        var renamed = await staff.Client.SubmitAsync(await staff.Client.GetPageAsync("/account"), new Dictionary<string, string> { ["DisplayName"] = "Lotte Janssens-Peeters" }, "#name-form");
        renamed.Errors.ShouldBeEmpty();

        (await staff.Client.GetPageAsync($"/office/applications/{id}")).Text.ShouldContain("assigned to Lotte Janssens-Peeters");
        var list = await staff.Client.GetPageAsync("/office/applications?q=" + Uri.EscapeDataString(reference));
        list.Document.QuerySelector("[data-testid=applications] tbody tr")!.TextContent.ShouldContain("Lotte Janssens-Peeters");
    }

    [Fact]
    public async Task Staff_start_the_review_assign_it_comment_and_assess_the_six_conditions()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Düsseldorf", "DE", "review@duesseldorf.example");
        var id = await UrbisApp.ApplicationIdAsync(staff.Client, reference);

        var page = await staff.Client.GetPageAsync($"/office/applications/{id}");
        page.Document.QuerySelector("[data-testid=state]")!.TextContent.ShouldBe("Submitted");
        page.Document.QuerySelector("[data-testid=answers]")!.TextContent.ShouldContain("Fundacja Bezpieczne Miasto (Street work)");
        (await staff.Client.GetAsync($"/office/applications/{id}/assessment")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await UrbisApp.PressAsync(staff.Client, id, "StartReview")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await UrbisApp.PostHandlerAsync(staff.Client, id, "StartReview")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await UrbisApp.PressAsync(staff.Client, id, "Assign", new() { ["AssigneeId"] = staff.User.Id.ToString() })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await UrbisApp.PressAsync(staff.Client, id, "Assign", new() { ["AssigneeId"] = Guid.NewGuid().ToString() })).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await UrbisApp.PressAsync(staff.Client, id, "Comment", new() { ["Comment"] = "Called the mayor's office." })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await UrbisApp.PressAsync(staff.Client, id, "Comment", new() { ["Comment"] = " " })).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var assessment = await staff.Client.GetPageAsync($"/office/applications/{id}/assessment");
        assessment.Document.QuerySelector("#Conditions_2__DueDate")!.GetAttribute("value").ShouldBe(app.FutureDate(), "the applicant's promised date is suggested");
        var wrong = UrbisApp.Assessment(null);
        wrong["Conditions[0].Status"] = "Committed";
        wrong["Conditions[0].DueDate"] = "2001-01-01";
        var refused = await staff.Client.SubmitAsync(assessment, wrong, followRedirects: false);
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Document.QuerySelector("#Conditions_0__DueDate-error")!.TextContent.ShouldBe("The due date of a commitment must be after today.");
        (await staff.Client.SubmitAsync(assessment, UrbisApp.Assessment(app.FutureDate(90)), followRedirects: false)).Status.ShouldBe(HttpStatusCode.Redirect);

        page = await staff.Client.GetPageAsync($"/office/applications/{id}");
        page.Document.QuerySelector("[data-testid=state]")!.TextContent.ShouldBe("Under review");
        page.Text.ShouldContain($"assigned to {staff.User.Name}");
        page.Document.QuerySelector("tr[data-condition=LocalCoalition]")!.TextContent.ShouldContain("Committed by a due date");
        var history = page.Document.QuerySelectorAll("[data-testid=history] li").Select(li => li.GetAttribute("data-kind")).ToList();
        history.ShouldBe(["Assessed", "Comment", "Assigned", "ReviewStarted", "Submitted"]);
        page.Document.QuerySelector("[data-testid=history] li[data-kind=Comment]")!.TextContent.ShouldContain("Called the mayor's office.");
        page.Document.QuerySelector("[data-testid=history] li[data-kind=Submitted]")!.TextContent.ShouldContain($"Applicant ({reference})");

        var audit = await AuditAsync(id);
        audit.ShouldContain("ApplicationSubmitted");
        audit.ShouldContain("ApplicationReviewStarted");
        audit.ShouldContain("ApplicationAssigned");
        audit.ShouldContain("ApplicationAssessed");
        audit.ShouldContain("Modified");
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_for_information_is_answered_through_the_emailed_link_and_both_versions_are_kept()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Liège", "BE", "ville@liege.example", language: "fr");
        var id = await UrbisApp.ApplicationIdAsync(staff.Client, reference);
        (await UrbisApp.PressAsync(staff.Client, id, "StartReview")).Status.ShouldBe(HttpStatusCode.Redirect);

        (await UrbisApp.StepAsync(staff.Client, id, "request-information", new() { ["Message"] = "" })).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var sent = await UrbisApp.StepAsync(staff.Client, id, "request-information", new() { ["Message"] = "Quels sont les partenaires privés de la coalition ?" });
        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var mail = await app.MailAsync("ville@liege.example", $"Votre candidature {reference} : le secrétariat demande des informations complémentaires");
        mail.TextBody!.ShouldContain("Quels sont les partenaires privés de la coalition ?");
        var link = mail.Link("/join/answer/");

        var applicant = app.NewClient();
        var form = await applicant.GetPageAsync(link);
        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Document.QuerySelector("[data-testid=request]")!.TextContent.ShouldBe("Quels sont les partenaires privés de la coalition ?");
        form.Document.QuerySelector("#Form_OfficialName")!.GetAttribute("value").ShouldBe("Liège");
        (await applicant.SubmitAsync(form, new Dictionary<string, string> { ["Answer"] = "" }, followRedirects: false)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var answered = await applicant.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Answer"] = "Nous avons ajouté les commerçants.",
            ["Form.PrivatePartners[0].Name"] = "Union des commerçants",
            ["Form.PrivatePartners[0].Role"] = "Vie nocturne",
            ["Form.Population"] = "197 013",
        }, followRedirects: false);
        answered.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", answered.Errors));
        (await applicant.GetPageAsync("/join/thanks")).Document.QuerySelector("h1")!.TextContent.ShouldBe("Merci pour votre réponse");
        (await app.MailAsync(UrbisApp.Secretariat, $"Liège has answered ({reference})")).Link("/office/applications/").ShouldBe($"/office/applications/{id}");

        // The link works once.
        var again = await app.NewClient().GetPageAsync(link);
        again.Status.ShouldBe(HttpStatusCode.NotFound);

        var page = await staff.Client.GetPageAsync($"/office/applications/{id}");
        page.Document.QuerySelector("[data-testid=state]")!.TextContent.ShouldBe("Under review");
        var versions = page.Document.QuerySelector("[data-testid=versions]")!.TextContent;
        versions.ShouldContain("Nous avons ajouté les commerçants.");
        versions.ShouldContain("Union des commerçants (Vie nocturne)");
        versions.ShouldContain("655,279 (2023)");
        versions.ShouldContain("197,013 (2023)");
        (await AuditAsync(id)).ShouldContain("ApplicationAnswered");
    }

    [Fact]
    public async Task Recommending_needs_a_complete_assessment_and_then_the_board_can_decline_with_a_reason()
    {
        var staff = await app.SignInAsAsync(Roles.Administrator);
        var reference = await app.SubmitApplicationAsync("Tallinn", "EE", "linn@tallinn.example");
        var id = await UrbisApp.ApplicationIdAsync(staff.Client, reference);
        (await UrbisApp.PressAsync(staff.Client, id, "StartReview")).Status.ShouldBe(HttpStatusCode.Redirect);
        var early = await UrbisApp.StepAsync(staff.Client, id, "recommend", new() { ["Category"] = "Full" });
        early.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        early.Errors.ShouldContain("Every condition must be met or committed by a due date first: complete the eligibility assessment.");
        (await staff.Client.GetAsync($"/office/applications/{id}/decision")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        id = await app.RecommendedApplicationAsync(staff.Client, reference);
        var today = app.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var noReason = await UrbisApp.StepAsync(staff.Client, id, "decision", new() { ["Input.Outcome"] = "Decline", ["Input.Date"] = today });
        noReason.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        noReason.Document.QuerySelector("#Input_Reason-error")!.TextContent.ShouldBe("Give the reason.");
        var declined = await UrbisApp.StepAsync(staff.Client, id, "decision", new() { ["Input.Outcome"] = "Decline", ["Input.Date"] = today, ["Input.Reason"] = "No council decision yet." });
        declined.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", declined.Errors));
        var mail = await app.MailAsync("linn@tallinn.example", $"Your application {reference} to Urbis");
        mail.TextBody!.ShouldContain("No council decision yet.");
        mail.TextBody!.ShouldContain("Executive committee");
        var page = await staff.Client.GetPageAsync($"/office/applications/{id}");
        page.Document.QuerySelector("[data-testid=state]")!.TextContent.ShouldBe("Declined");
        page.Text.ShouldContain("This application is closed.");
        (await staff.Client.GetAsync($"/office/applications/{id}/withdraw")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await AuditAsync(id)).ShouldContain("ApplicationDeclined");
    }

    [Fact]
    public async Task The_secretariat_declines_or_withdraws_with_a_reason_the_applicant_reads_in_their_language()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var first = await UrbisApp.ApplicationIdAsync(staff.Client, await app.SubmitApplicationAsync("Brno", "CZ", "mesto@brno.example"));
        (await staff.Client.GetAsync($"/office/applications/{first}/decline")).StatusCode.ShouldBe(HttpStatusCode.Conflict, "decline needs a review first");
        (await UrbisApp.PressAsync(staff.Client, first, "StartReview")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await UrbisApp.StepAsync(staff.Client, first, "decline", new() { ["Reason"] = new string('x', 4001) })).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await UrbisApp.StepAsync(staff.Client, first, "decline", new() { ["Reason"] = "<b>Not</b> a local authority." })).Status.ShouldBe(HttpStatusCode.Redirect);
        var declined = await app.MailAsync("mesto@brno.example", "Your application " + (await ReferenceAsync(first)) + " to Urbis");
        declined.HtmlBody!.ShouldContain("&lt;b&gt;Not&lt;/b&gt; a local authority.");

        var second = await UrbisApp.ApplicationIdAsync(staff.Client, await app.SubmitApplicationAsync("Nantes", "FR", "mairie@nantes.example", language: "fr"));
        (await UrbisApp.StepAsync(staff.Client, second, "withdraw", new() { ["Reason"] = "À la demande de la mairie." })).Status.ShouldBe(HttpStatusCode.Redirect);
        var withdrawn = await app.MailAsync("mairie@nantes.example", $"Votre candidature {await ReferenceAsync(second)} est retirée");
        withdrawn.TextBody!.ShouldContain("À la demande de la mairie.");
        (await AuditAsync(second)).ShouldContain("ApplicationWithdrawn");
    }

    [Fact]
    public async Task The_list_filters_by_state_country_age_and_assignee_and_counts_per_state()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var oslo = await UrbisApp.ApplicationIdAsync(staff.Client, await app.SubmitApplicationAsync("Oslo", "NO", "kommune@oslo.example"));
        app.Clock.Advance(TimeSpan.FromDays(40));
        staff = await app.SignInAsAsync(Roles.SecretariatStaff); // the earlier session has expired
        var bergen = await UrbisApp.ApplicationIdAsync(staff.Client, await app.SubmitApplicationAsync("Bergen", "NO", "kommune@bergen.example"));
        (await UrbisApp.PressAsync(staff.Client, bergen, "StartReview")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await UrbisApp.PressAsync(staff.Client, bergen, "Assign", new() { ["AssigneeId"] = staff.User.Id.ToString() })).Status.ShouldBe(HttpStatusCode.Redirect);

        async Task<List<string>> Names(string query) =>
            [.. (await staff.Client.GetPageAsync("/office/applications" + query)).Document.QuerySelectorAll("[data-testid=applications] tbody th").Select(t => t.TextContent.Trim())];

        (await Names("?country=NO")).ShouldBe(["Bergen", "Oslo"]);
        (await Names("?country=NO&sort=Oldest")).ShouldBe(["Oslo", "Bergen"]);
        (await Names("?country=NO&state=UnderReview")).ShouldBe(["Bergen"]);
        (await Names("?country=NO&age=Older")).ShouldBe(["Oslo"]);
        (await Names("?country=NO&age=Week")).ShouldBe(["Bergen"]);
        (await Names("?country=NO&assignee=me")).ShouldBe(["Bergen"]);
        (await Names("?country=NO&assignee=none")).ShouldBe(["Oslo"]);
        (await Names("?country=NO&state=Nonsense&age=1&sort=;drop")).ShouldBe(["Bergen", "Oslo"]);
        var counts = (await staff.Client.GetPageAsync("/office/applications?country=NO")).Document;
        counts.QuerySelector("[data-state=Submitted]")!.TextContent.ShouldBe("1");
        counts.QuerySelector("[data-state=UnderReview]")!.TextContent.ShouldBe("1");
        counts.QuerySelector("[data-state=All]")!.TextContent.ShouldBe("2");
        oslo.ShouldNotBe(bergen);
    }

    private async Task<List<string>> AuditAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var key = id.ToString();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(e => e.EntityId == key && (e.EntityType == "Application"))
            .Select(e => e.Action).ToListAsync();
    }

    private async Task<string> ReferenceAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Web.Modules.Membership.Domain.Application>().Where(a => a.Id == id).Select(a => a.Reference).SingleAsync();
    }
}
