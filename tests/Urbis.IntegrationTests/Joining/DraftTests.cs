using System.Net;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Joining;

/// <summary>Save and resume later through a private link sent by e-mail; forged and expired links get one answer.</summary>
public sealed class DraftTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private const string NotWorking = "This link does not work";

    [Fact]
    public async Task Saving_halfway_emails_a_private_link_that_brings_the_answers_back()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        var saved = await client.SubmitToAsync(page, "/join?handler=Save", new Dictionary<string, string>
        {
            ["Form.OfficialName"] = "Αλεξανδρούπολη",
            ["Form.Population"] = "72 959",
            ["Form.Applicant.Email"] = "dimos@alexandroupoli.example",
            ["Form.Applicant.Name"] = "Eleni Papadopoulou",
            ["Form.PublicPartners[0].Name"] = "Ελληνική Αστυνομία",
        });
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var mail = await app.MailAsync("dimos@alexandroupoli.example", "Your application to Urbis is saved");
        var link = mail.Link("/join/resume/");
        link.ShouldEndWith("?lang=en");
        saved.Response.Headers.Location!.OriginalString.ShouldBe(link.Split('?')[0]);

        // Days later, on another computer.
        app.Clock.Advance(TimeSpan.FromDays(20));
        var later = app.NewClient();
        var resumed = await later.GetPageAsync(link);
        resumed.Status.ShouldBe(HttpStatusCode.OK);
        resumed.Document.QuerySelector("h1")!.TextContent.ShouldBe("Continue your application");
        resumed.Document.QuerySelector("#Form_OfficialName")!.GetAttribute("value").ShouldBe("Αλεξανδρούπολη");
        resumed.Document.QuerySelector("#Form_Population")!.GetAttribute("value").ShouldBe("72 959");
        resumed.Document.QuerySelector("#Form_PublicPartners_0__Name")!.GetAttribute("value").ShouldBe("Ελληνική Αστυνομία");

        // Saving again through the link keeps the same link and sends nothing new.
        var again = await later.SubmitToAsync(resumed, "/join?handler=Save", new Dictionary<string, string> { ["Form.Region"] = "Έβρος" });
        again.Response.Headers.Location!.OriginalString.ShouldBe(link.Split('?')[0]);
        (await app.CountMailAsync("dimos@alexandroupoli.example", "Your application to Urbis is saved")).ShouldBe(1);
        (await later.GetPageAsync(link)).Document.QuerySelector("#Form_Region")!.GetAttribute("value").ShouldBe("Έβρος");

        // Completing and sending it: the link then says so.
        var fields = UrbisApp.ApplicationFields("Αλεξανδρούπολη", "GR", "dimos@alexandroupoli.example");
        fields["Form.CoalitionBy"] = app.FutureDate();
        var complete = await later.GetPageAsync(link);
        var sent = await later.SubmitAsync(complete, fields, followRedirects: false);
        sent.Response.Headers.Location!.OriginalString.ShouldBe("/join/thanks");
        var after = await app.NewClient().GetPageAsync(link);
        after.Document.QuerySelector("h1")!.TextContent.ShouldBe("This application has been sent");
        after.Html.ShouldNotContain("Ελληνική Αστυνομία");
    }

    [Fact]
    public async Task Saving_needs_an_email_address_and_keeps_what_was_typed()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        var answer = await client.SubmitToAsync(page, "/join?handler=Save", new Dictionary<string, string> { ["Form.OfficialName"] = "Düsseldorf" });
        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        answer.Document.QuerySelector("#Form_Applicant_Email-error")!.TextContent.ShouldStartWith("To save the form, enter your e-mail address");
        answer.Document.QuerySelector("#Form_OfficialName")!.GetAttribute("value").ShouldBe("Düsseldorf");
    }

    [Fact]
    public async Task A_draft_far_larger_than_any_real_form_is_not_saved()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        var answer = await client.SubmitToAsync(page, "/join?handler=Save", new Dictionary<string, string>
        {
            ["Form.Applicant.Email"] = "huge@example.org",
            ["Form.SocialDevelopment"] = new string('x', 100_000),
            ["Form.CitizenParticipation"] = new string('y', 100_000),
        });
        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        answer.Errors.ShouldContain("The form is too long to be saved: shorten the longest answers (at most 4,000 characters each).");
        (await app.MailToAsync("huge@example.org")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Forged_unknown_and_expired_links_get_the_same_answer()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        await client.SubmitToAsync(page, "/join?handler=Save", new Dictionary<string, string> { ["Form.Applicant.Email"] = "expiring@example.org" });
        var link = (await app.LastMailToAsync("expiring@example.org")).Link("/join/resume/");
        (await app.NewClient().GetPageAsync(link)).Status.ShouldBe(HttpStatusCode.OK);

        var forged = await app.NewClient().GetPageAsync("/join/resume/" + new string('A', 43));
        var garbage = await app.NewClient().GetPageAsync("/join/resume/%3Cscript%3E");
        app.Clock.Advance(TimeSpan.FromDays(61));
        var expired = await app.NewClient().GetPageAsync(link);
        foreach (var answer in new[] { forged, garbage, expired })
        {
            answer.Status.ShouldBe(HttpStatusCode.NotFound);
            answer.Document.QuerySelector("h1")!.TextContent.ShouldBe(NotWorking);
            answer.Document.QuerySelector("main")!.TextContent.ShouldBe(forged.Document.QuerySelector("main")!.TextContent);
        }
    }

    [Fact]
    public async Task A_save_through_an_expired_link_starts_a_new_draft_so_nothing_typed_is_lost()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        await client.SubmitToAsync(page, "/join?handler=Save", new Dictionary<string, string> { ["Form.Applicant.Email"] = "slow@example.org" });
        var link = (await app.LastMailToAsync("slow@example.org")).Link("/join/resume/");
        var resumed = await client.GetPageAsync(link);
        app.Clock.Advance(TimeSpan.FromDays(61));
        var saved = await client.SubmitToAsync(resumed, "/join?handler=Save", new Dictionary<string, string> { ["Form.OfficialName"] = "Gent" });
        var fresh = saved.Response.Headers.Location!.OriginalString;
        fresh.ShouldNotBe(link.Split('?')[0]);
        (await client.GetPageAsync(fresh)).Document.QuerySelector("#Form_OfficialName")!.GetAttribute("value").ShouldBe("Gent");
        (await app.MailToAsync("slow@example.org")).Count.ShouldBe(2);
    }
}
