using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Account;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.IntegrationTests.Joining;

/// <summary>Submitting the form: a reference, an acknowledgement in the applicant's language, a notice to the secretariat; one application per form.</summary>
public sealed class ApplyTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task An_application_gets_a_reference_an_acknowledgement_and_a_notice_to_the_secretariat()
    {
        var reference = await app.SubmitApplicationAsync("Düsseldorf", "DE", "amt@duesseldorf.example");
        reference.ShouldMatch("^\\d{4}-[A-Z2-9]{6}$");

        var acknowledgement = await app.MailAsync("amt@duesseldorf.example", $"We have received your application ({reference})");
        acknowledgement.TextBody!.ShouldContain("Thank you: we have received the application of Düsseldorf");
        acknowledgement.TextBody!.ShouldContain(reference);
        var notice = await app.MailAsync(UrbisApp.Secretariat, $"New application: Düsseldorf ({reference})");
        notice.Link("/office/applications/").ShouldStartWith("/office/applications/");
    }

    [Fact]
    public async Task A_french_applicant_is_acknowledged_in_french()
    {
        var reference = await app.SubmitApplicationAsync("Αλεξανδρούπολη", "GR", "dimos@alexandroupoli.example", language: "fr");
        var mail = await app.MailAsync("dimos@alexandroupoli.example", $"Nous avons bien reçu votre candidature ({reference})");
        mail.TextBody!.ShouldContain("Merci : nous avons bien reçu la candidature de Αλεξανδρούπολη");
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_creates_one_application()
    {
        var client = app.NewClient();
        var fields = UrbisApp.ApplicationFields("'s-Hertogenbosch", "NL", "gemeente@s-hertogenbosch.example");
        fields["Form.CoalitionBy"] = app.FutureDate();
        var page = await client.GetPageAsync("/join");
        var first = client.SubmitAsync(page, fields, followRedirects: false);
        var second = client.SubmitAsync(page, fields, followRedirects: false);
        var answers = await Task.WhenAll(first, second);
        answers.ShouldAllBe(a => a.Status == HttpStatusCode.Redirect);
        var third = await client.SubmitAsync(page, fields, followRedirects: false);
        third.Response.Headers.Location!.OriginalString.ShouldBe("/join/thanks");

        (await CountAsync(a => a.ApplicantEmail == "gemeente@s-hertogenbosch.example")).ShouldBe(1);
        (await app.MailToAsync("gemeente@s-hertogenbosch.example")).Count.ShouldBe(1);
        var thanks = await client.GetPageAsync("/join/thanks");
        thanks.Text.ShouldContain("Its reference number is");
    }

    [Fact]
    public async Task A_filled_honeypot_looks_like_success_and_saves_nothing()
    {
        var fields = UrbisApp.ApplicationFields("Robotville", "FR", "bot@robotville.example");
        fields["Homepage"] = "https://spam.example";
        var answer = await app.ApplyAsync(fields);
        answer.Status.ShouldBe(HttpStatusCode.Redirect);
        answer.Response.Headers.Location!.OriginalString.ShouldBe("/join/thanks");
        (await CountAsync(a => a.AuthorityName == "Robotville")).ShouldBe(0);
        (await app.MailToAsync("bot@robotville.example")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_form_with_mistakes_is_shown_again_with_what_was_typed_and_a_message_next_to_each_field()
    {
        var fields = UrbisApp.ApplicationFields("Gdańsk", "PL", "not-an-address");
        fields["Form.Population"] = "0";
        fields["Form.CoalitionBy"] = "1999-01-01";
        fields["Form.Consent"] = "";
        fields["Form.SocialDevelopment"] = new string('x', 50 * 1024);
        var answer = await app.ApplyAsync(fields);

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        answer.Document.QuerySelector("#Form_Applicant_Email-error")!.TextContent.ShouldBe("Enter a valid e-mail address, such as name@example.org.");
        answer.Document.QuerySelector("#Form_Population-error")!.TextContent.ShouldBe("Enter a population between 1 and 50,000,000.");
        answer.Document.QuerySelector("#Form_CoalitionBy-error")!.TextContent.ShouldStartWith("Enter a date between");
        answer.Document.QuerySelector("#Form_Consent-error")!.TextContent.ShouldContain("Agree to the processing");
        answer.Document.QuerySelector("#Form_SocialDevelopment-error")!.TextContent.ShouldBe("Use at most 4,000 characters (you wrote 51,200).");
        answer.Document.QuerySelector("#Form_OfficialName")!.GetAttribute("value").ShouldBe("Gdańsk");
        answer.Document.QuerySelector("#Form_Address")!.TextContent.ShouldContain("Piotrkowska");
        answer.Document.QuerySelector("#Form_Population")!.GetAttribute("aria-invalid").ShouldBe("true");
        answer.Document.QuerySelectorAll("#form-errors li a").Select(a => a.GetAttribute("href")).ShouldContain("#Form_Population");
        answer.Document.QuerySelector("input[name='Form.CoordinatorAppointed'][value=yes]")!.HasAttribute("checked").ShouldBeTrue();
        (await CountAsync(a => a.AuthorityName == "Gdańsk")).ShouldBe(0);
    }

    [Fact]
    public async Task Without_script_adding_a_partner_shows_one_more_row_and_keeps_what_was_typed()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        page.Document.QuerySelectorAll("#Form_PrivatePartners .partner-row").Length.ShouldBe(2);
        var more = await client.SubmitToAsync(page, "/join?handler=AddPartner", new Dictionary<string, string>
        {
            ["Form.OfficialName"] = "Gdańsk",
            ["Form.PrivatePartners[0].Name"] = "Port of Gdańsk",
        }, "sector", "Private");
        more.Status.ShouldBe(HttpStatusCode.OK);
        more.Errors.ShouldBeEmpty();
        more.Document.QuerySelectorAll("#Form_PrivatePartners .partner-row").Length.ShouldBe(3);
        more.Document.QuerySelectorAll("#Form_PublicPartners .partner-row").Length.ShouldBe(1);
        more.Document.QuerySelector("#Form_PrivatePartners_0__Name")!.GetAttribute("value").ShouldBe("Port of Gdańsk");
        more.Document.QuerySelector("#Form_OfficialName")!.GetAttribute("value").ShouldBe("Gdańsk");
    }

    [Fact]
    public async Task A_hundred_partners_in_a_sector_are_refused_with_one_clear_message()
    {
        var fields = UrbisApp.ApplicationFields("Kraków", "PL", "urzad@krakow.example");
        for (var i = 0; i < 100; i++)
        {
            fields[$"Form.PrivatePartners[{i}].Name"] = $"Company {i}";
            fields[$"Form.PrivatePartners[{i}].Role"] = "Sponsor";
        }

        var answer = await app.ApplyAsync(fields);
        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        answer.Document.QuerySelector("#Form_PrivatePartners-error")!.TextContent.ShouldStartWith("Enter at most 30 partners per sector");
    }

    [Fact]
    public async Task A_post_with_thousands_of_fields_is_refused_without_an_error_page()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        var fields = Enumerable.Range(0, 2000).Select(i => new KeyValuePair<string, string>($"Form.PublicPartners[{i}].Name", "x")).ToList();
        fields.Add(new("__RequestVerificationToken", page.AntiforgeryToken()));
        var answer = await client.PostFormAsync("/join", fields);
        ((int)answer.StatusCode).ShouldBeInRange(400, 499);
    }

    [Fact]
    public async Task Script_typed_in_any_field_is_shown_as_text_in_pages_and_e_mails()
    {
        const string script = "<script>alert('x')</script>";
        var fields = UrbisApp.ApplicationFields($"Malmö {script}", "SE", "kommun@malmo.example");
        fields["Form.SocialDevelopment"] = script;
        fields["Form.CitizenParticipation"] = $"Safety walks {script}";
        fields["Form.PublicPartners[0].Name"] = script;
        var answer = await app.ApplyAsync(fields);
        answer.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", answer.Errors));

        var acknowledgement = (await app.MailToAsync("kommun@malmo.example")).ShouldHaveSingleItem();
        acknowledgement.HtmlBody!.ShouldNotContain("<script>");
        acknowledgement.HtmlBody!.ShouldContain("&lt;script&gt;");
        var staff = await app.SignInAsAsync(Web.Platform.Identity.Roles.SecretariatStaff);
        var list = await staff.Client.GetPageAsync("/office/applications");
        list.Html.ShouldNotContain("<script>alert");
        var link = list.Document.QuerySelectorAll("[data-testid=applications] a").First(a => a.TextContent.Contains("Malmö", StringComparison.Ordinal)).GetAttribute("href")!;
        var page = await staff.Client.GetPageAsync(link);
        page.Html.ShouldNotContain("<script>alert");
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe($"Malmö {script}");
        page.Document.QuerySelector("[data-testid=answers]")!.TextContent.ShouldContain($"Safety walks {script}");
    }

    [Theory]
    [InlineData("Form.Applicant.Name", "Eva <script>alert('x')</script>")]
    [InlineData("Form.Representative.Name", "Ilmar <b>Reepalu</b>")]
    [InlineData("Form.Coordinator.Name", "Per \u202Enossl")]
    public async Task A_person_s_name_with_markup_or_hidden_characters_is_refused_next_to_the_field_and_nothing_typed_is_lost(string field, string typed)
    {
        var name = System.Text.RegularExpressions.Regex.Unescape(typed);
        var fields = UrbisApp.ApplicationFields("Helsingborg", "SE", "kommun@helsingborg.example");
        fields[field] = name;
        var answer = await app.ApplyAsync(fields);

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var id = field.Replace('.', '_');
        answer.Document.QuerySelector($"#{id}-error")!.TextContent.ShouldBe("A name cannot contain < or >, control characters or hidden text-direction characters.");
        answer.Document.QuerySelector($"#{id}")!.GetAttribute("value").ShouldBe(name);
        answer.Document.QuerySelector("#Form_OfficialName")!.GetAttribute("value").ShouldBe("Helsingborg");
        answer.Html.ShouldNotContain("<script>alert");
        (await CountAsync(a => a.AuthorityName == "Helsingborg")).ShouldBe(0);
    }

    [Fact]
    public async Task Awkward_real_names_are_accepted()
    {
        var fields = UrbisApp.ApplicationFields("Zgierz", "PL", "urzad@zgierz.example");
        fields["Form.Applicant.Name"] = "Zbigniew Ćwik";
        fields["Form.Representative.Name"] = "Αλέξανδρος Παπαδόπουλος";
        fields["Form.Coordinator.Name"] = "Anne-Marie O'Neill";
        var answer = await app.ApplyAsync(fields);
        answer.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", answer.Errors));

        fields = UrbisApp.ApplicationFields("Zaandam", "NL", "gemeente@zaandam.example");
        fields["Form.Coordinator.Name"] = "Jan van 't Hek";
        (await app.ApplyAsync(fields)).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_consent_wording_shown_is_stored_with_the_application()
    {
        var reference = await app.SubmitApplicationAsync("Tampere", "FI", "kaupunki@tampere.example");
        await using var scope = app.Services.CreateAsyncScope();
        var application = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Application>().SingleAsync(a => a.Reference == reference);
        application.ConsentWording.ShouldStartWith("I agree that the network stores and uses the personal data in this form");
        application.ConsentedAt.ShouldBe(app.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(1));
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Application, bool>> filter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Application>().CountAsync(filter);
    }
}

/// <summary>An authority that is a member or already applied is told so politely; nothing is duplicated.</summary>
public sealed class DuplicateApplicationTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task A_member_applying_again_is_told_and_the_secretariat_is_notified()
    {
        await app.AddAuthorityAsync("L'Hospitalet de Llobregat", "ES");
        var client = app.NewClient();
        var answer = await app.ApplyAsync(UrbisApp.ApplicationFields("l hospitalet-de-llobregat", "ES", "ajuntament@lhospitalet.example"), client);
        answer.Response.Headers.Location!.OriginalString.ShouldBe("/join/known");
        var known = await client.GetPageAsync("/join/known");
        known.Document.QuerySelector("[data-testid=known]")!.TextContent.ShouldBe("L'Hospitalet de Llobregat is already a member of the network, so we have not recorded a new application.");
        var notice = await app.MailAsync(UrbisApp.Secretariat, "Application not recorded: l hospitalet-de-llobregat is already known");
        notice.TextBody!.ShouldContain("ajuntament@lhospitalet.example");
        (await app.MailToAsync("ajuntament@lhospitalet.example")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_second_application_for_the_same_authority_is_not_recorded()
    {
        await app.SubmitApplicationAsync("Łódź", "PL", "first@lodz.example");
        var client = app.NewClient();
        var answer = await app.ApplyAsync(UrbisApp.ApplicationFields("LODZ", "PL", "second@lodz.example"), client);
        answer.Response.Headers.Location!.OriginalString.ShouldBe("/join/known");
        (await client.GetPageAsync("/join/known")).Document.QuerySelector("[data-testid=known]")!.TextContent.ShouldContain("An application for Łódź is already being reviewed");
        (await app.MailToAsync("second@lodz.example")).ShouldBeEmpty();

        // Same name, another country: another authority.
        (await app.ApplyAsync(UrbisApp.ApplicationFields("Łódź", "HU", "third@lodz.example"))).Response.Headers.Location!.OriginalString.ShouldBe("/join/thanks");
    }
}

/// <summary>The application form is rate-limited per client address.</summary>
public sealed class ApplyRateLimitTests(LowRateLimitApp app) : IClassFixture<LowRateLimitApp>
{
    [Fact]
    public async Task Posts_beyond_the_limit_are_refused_with_429_and_nothing_is_lost_before()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < (2 * LowRateLimitApp.PublicFormPermits) + 1; i++)
        {
            statuses.Add((await client.SubmitAsync(page, new Dictionary<string, string> { ["Form.OfficialName"] = "Bruges" }, followRedirects: false)).Status);
        }

        statuses.Take(LowRateLimitApp.PublicFormPermits).ShouldAllBe(s => s == HttpStatusCode.UnprocessableEntity);
        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
        (await client.GetPageAsync("/join")).Status.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>Without script, "add a partner" posts the form: those posts have a limit of their own, so filling in the partners never uses up the submits.</summary>
public sealed class PartnerRowsRateLimitTests(LowRateLimitApp app) : IClassFixture<LowRateLimitApp>
{
    [Fact]
    public async Task Adding_partners_one_by_one_without_script_is_not_refused_and_submits_stay_limited()
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/join");
        for (var i = 0; i < 6; i++)
        {
            page = await client.SubmitToAsync(page, "/join?handler=AddPartner", new Dictionary<string, string> { [$"Form.PublicPartners[{i}].Name"] = $"Partner {i}" }, "sector", "Public");
            page.Status.ShouldBe(HttpStatusCode.OK, $"add a partner #{i + 1}");
            page.Document.QuerySelector("#Form_PublicPartners_0__Name")!.GetAttribute("value").ShouldBe("Partner 0");
        }

        page.Document.QuerySelectorAll("#Form_PublicPartners .partner-row").Length.ShouldBe(8);

        var submits = new List<HttpStatusCode>();
        for (var i = 0; i < LowRateLimitApp.PublicFormPermits + 1; i++)
        {
            submits.Add((await client.SubmitAsync(page, new Dictionary<string, string> { ["Form.OfficialName"] = "Bruges" }, followRedirects: false)).Status);
        }

        submits.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.UnprocessableEntity, LowRateLimitApp.PublicFormPermits), HttpStatusCode.TooManyRequests]);

        // The steps have a limit too, only a more generous one.
        var steps = new List<HttpStatusCode>();
        for (var i = 6; i < LowRateLimitApp.PublicFormStepPermits + 1; i++)
        {
            steps.Add((await client.SubmitToAsync(page, "/join?handler=AddPartner", new Dictionary<string, string>(), "sector", "Private")).Status);
        }

        steps.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.OK, LowRateLimitApp.PublicFormStepPermits - 6), HttpStatusCode.TooManyRequests]);
    }
}
