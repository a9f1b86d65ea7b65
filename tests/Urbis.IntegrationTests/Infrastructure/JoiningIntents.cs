using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>Intents of the joining tests: applying through /join, and the secretariat's steps through its pages.</summary>
public partial class UrbisApp
{
    public const string Secretariat = "secretariat@urbis.localhost";

    /// <summary>The application form filled in validly; any field can be replaced.</summary>
    public static Dictionary<string, string> ApplicationFields(string name = "Łódź", string country = "PL", string email = "anna.nowak@example.org", string language = "en") => new()
    {
        ["Form.OfficialName"] = name,
        ["Form.AuthorityType"] = "City",
        ["Form.CountryCode"] = country,
        ["Form.Region"] = "Łódzkie",
        ["Form.Population"] = "655 279",
        ["Form.PopulationYear"] = "2023",
        ["Form.Address"] = "ul. Piotrkowska 104\n90-926 Łódź",
        ["Form.Website"] = "https://uml.lodz.pl",
        ["Form.Applicant.Name"] = "Anna Nowak",
        ["Form.Applicant.Position"] = "Head of the safety office",
        ["Form.Applicant.Email"] = email,
        ["Form.Representative.Name"] = "Hanna Zdanowska",
        ["Form.Representative.Position"] = "Mayor",
        ["Form.Representative.Email"] = "mayor." + email,
        ["Form.CoordinatorAppointed"] = "yes",
        ["Form.Coordinator.Name"] = "Piotr Wiśniewski",
        ["Form.Coordinator.Position"] = "Urban safety coordinator",
        ["Form.Coordinator.Email"] = "coordinator." + email,
        ["Form.Coalition"] = "Committed",
        ["Form.CoalitionBy"] = "2099-01-01",
        ["Form.PublicPartners[0].Name"] = "Policja",
        ["Form.PublicPartners[0].Role"] = "Police",
        ["Form.VoluntaryPartners[0].Name"] = "Fundacja Bezpieczne Miasto",
        ["Form.VoluntaryPartners[0].Role"] = "Street work",
        ["Form.CouncilDecision"] = "Done",
        ["Form.CouncilDecisionOn"] = "2020-01-20",
        ["Form.SocialDevelopment"] = "Prevention is part of the city's social strategy 2030.",
        ["Form.CitizenParticipation"] = "Participatory budget and safety walks.",
        ["Form.HumanRights"] = "Signed the European Charter for the Safeguarding of Human Rights in the City.",
        ["Form.CommitsToCharter"] = "true",
        ["Form.PreferredLanguage"] = language,
        ["Form.HeardFrom"] = "Event",
        ["Form.Consent"] = "true",
    };

    /// <summary>A date the form accepts as "by" (within three years from the network's today).</summary>
    public string FutureDate(int days = 200) => Today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens /join (in French when asked) and submits the form with the fields; the answer is not followed.</summary>
    public async Task<HtmlPage> ApplyAsync(Dictionary<string, string> fields, HttpClient? client = null, string language = "en")
    {
        client ??= NewClient();
        if (language != "en")
        {
            await client.GetAsync($"/language?language={language}&returnUrl=%2F");
        }

        if (fields.TryGetValue("Form.CoalitionBy", out var by) && by == "2099-01-01")
        {
            fields["Form.CoalitionBy"] = FutureDate();
        }

        var page = await client.GetPageAsync("/join");
        page.Status.ShouldBe(HttpStatusCode.OK);
        return await client.SubmitAsync(page, fields, followRedirects: false);
    }

    /// <summary>Applies and returns the reference shown on the thank-you page.</summary>
    public async Task<string> SubmitApplicationAsync(string name = "Łódź", string country = "PL", string email = "anna.nowak@example.org", string language = "en")
    {
        var client = NewClient();
        var answer = await ApplyAsync(ApplicationFields(name, country, email, language), client, language);
        answer.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", answer.Errors));
        var thanks = await client.GetPageAsync(answer.Response.Headers.Location!.OriginalString);
        return thanks.Document.QuerySelector("[data-testid=reference]")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last().TrimEnd('.');
    }

    /// <summary>The application's id, found by its reference in the secretariat's list.</summary>
    public static async Task<Guid> ApplicationIdAsync(HttpClient staff, string reference)
    {
        var list = await staff.GetPageAsync("/office/applications");
        var link = list.Document.QuerySelector($"tr[data-reference='{reference}'] a")?.GetAttribute("href")
            ?? throw new InvalidOperationException($"{reference} is not in the list: {list.Text[..Math.Min(500, list.Text.Length)]}");
        return Guid.Parse(link.Split('/').Last());
    }

    /// <summary>Opens a step of the application (assessment, decision...) and submits its form.</summary>
    public static async Task<HtmlPage> StepAsync(HttpClient staff, Guid id, string step, Dictionary<string, string> fields)
    {
        var page = await staff.GetPageAsync($"/office/applications/{id}/{step}");
        page.Status.ShouldBe(HttpStatusCode.OK, page.Text);
        return await staff.SubmitAsync(page, fields, followRedirects: false);
    }

    /// <summary>Presses a button of the application page (start the review...).</summary>
    public static async Task<HtmlPage> PressAsync(HttpClient staff, Guid id, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await staff.GetPageAsync($"/office/applications/{id}");
        return await staff.SubmitAsync(page, fields ?? [], $"form[action*='handler={handler}']", followRedirects: false);
    }

    /// <summary>Posts to a handler of the application page even when the page shows no button for it (a stale tab).</summary>
    public static async Task<HttpResponseMessage> PostHandlerAsync(HttpClient staff, Guid id, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await staff.GetPageAsync($"/office/applications/{id}");
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = page.AntiforgeryToken() };
        return await staff.PostFormAsync($"/office/applications/{id}?handler={handler}", values);
    }

    /// <summary>Every condition met, except the coalition, committed by the date given (or met when null).</summary>
    public static Dictionary<string, string> Assessment(string? coalitionDueDate)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < 6; i++)
        {
            fields[$"Conditions[{i}].Status"] = "Met";
            fields[$"Conditions[{i}].Evidence"] = $"Evidence {i + 1}";
        }

        if (coalitionDueDate is not null)
        {
            fields["Conditions[2].Status"] = "Committed";
            fields["Conditions[2].DueDate"] = coalitionDueDate;
            fields["Conditions[2].Evidence"] = "Coalition charter to be signed by the partners";
        }

        return fields;
    }

    /// <summary>Review started, every condition assessed (the coalition committed), recommended as a full member.</summary>
    public async Task<Guid> RecommendedApplicationAsync(HttpClient staff, string reference, string? coalitionDueDate = null)
    {
        var id = await ApplicationIdAsync(staff, reference);
        if ((await staff.GetPageAsync($"/office/applications/{id}")).Document.QuerySelector("form[action*='handler=StartReview']") is not null)
        {
            (await PressAsync(staff, id, "StartReview")).Status.ShouldBe(HttpStatusCode.Redirect);
        }

        var assessed = await StepAsync(staff, id, "assessment", Assessment(coalitionDueDate ?? FutureDate(100)));
        assessed.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", assessed.Errors));
        var recommended = await StepAsync(staff, id, "recommend", new() { ["Category"] = "Full", ["Note"] = "A strong coalition." });
        recommended.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", recommended.Errors));
        return id;
    }

    /// <summary>The board's approval through the decision page.</summary>
    public async Task<HtmlPage> ApproveAsync(HttpClient staff, Guid id, string? authority = "new")
    {
        var today = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>
        {
            ["Input.Outcome"] = "Approve",
            ["Input.Body"] = "Executive committee",
            ["Input.Date"] = today,
            ["Input.Reference"] = "EC-2026-04",
            ["Input.Category"] = "Full",
            ["Input.StartDate"] = today,
        };
        if (authority is not null)
        {
            fields["Input.Authority"] = authority;
        }

        return await StepAsync(staff, id, "decision", fields);
    }

    /// <summary>
    /// A published fee schedule for the year, written directly: publishing schedules is the Fees
    /// module's page (another piece of work), and the join page only reads the published scale.
    /// </summary>
    public async Task PublishFeeScheduleAsync(int year)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var schedule = FeeSchedule.Draft(year);
        schedule.Categories.Add(new CategoryFee
        {
            Category = MembershipCategory.Full,
            Method = FeeMethod.Bands,
            Bands =
            [
                new FeeBand { From = 1, To = 100_000, Amount = 2_000m },
                new FeeBand { From = 100_001, To = 500_000, Amount = 4_500m },
                new FeeBand { From = 500_001, Amount = 9_000m },
            ],
        });
        schedule.CountryGroups.Add(new CountryGroup { Name = "Reduced", Factor = 0.6m, Countries = ["PL", "RO"] });
        schedule.Publish(Clock.GetUtcNow().UtcDateTime).ShouldBeEmpty();
        db.Add(schedule);
        await db.SaveChangesAsync();
    }
}

public static class JoiningForms
{
    /// <summary>Submits the page's form as if the button with this form action had been pressed.</summary>
    public static async Task<HtmlPage> SubmitToAsync(this HttpClient client, HtmlPage page, string action, IReadOnlyDictionary<string, string> fields, string? extraName = null, string? extraValue = null)
    {
        var values = page.Form().ValuesWith(fields);
        if (extraName is not null)
        {
            values.Add(new(extraName, extraValue ?? ""));
        }

        var response = await client.PostAsync(new Uri(page.Address, action), new FormUrlEncodedContent(values));
        return await HtmlForms.ReadAsync(client, response, followRedirects: false);
    }
}
