using System.Globalization;
using Microsoft.Playwright;

namespace Urbis.BrowserTests.Infrastructure;

/// <summary>The applicant's side of joining, in either language: fields are found by id, buttons by their form role.</summary>
public static class JoiningSteps
{
    public const string SendButton = "form[data-testid=application-form] button[type=submit].btn-lg";
    public const string SaveButton = "form[data-testid=application-form] button[formaction$='handler=Save']";

    /// <summary>A fresh browser context in a locale (its Accept-Language), with a page.</summary>
    public static async Task<IPage> NewPageAsync(this BrowserApp app, string locale)
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 }, Locale = locale });
        return await context.NewPageAsync();
    }

    /// <summary>A date the form accepts as a promise ("by"), from the server's clock.</summary>
    public static string FutureDate(this BrowserApp app, int days) =>
        DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first half: the authority and the applicant.</summary>
    public static async Task FillAuthorityAndApplicantAsync(this IPage page, string city, string country, string email)
    {
        await page.FillAsync("#Form_OfficialName", city);
        await page.SelectOptionAsync("#Form_AuthorityType", "City");
        await page.SelectOptionAsync("#Form_CountryCode", country);
        await page.FillAsync("#Form_Population", "619 294");
        await page.FillAsync("#Form_PopulationYear", "2023");
        await page.FillAsync("#Form_Address", "Marktplatz 2\n40213 " + city);
        await page.FillAsync("#Form_Applicant_Name", "Núria Puig");
        await page.FillAsync("#Form_Applicant_Position", "Head of prevention");
        await page.FillAsync("#Form_Applicant_Email", email);
    }

    /// <summary>The rest: people, coalition (a partner added with the script), policy, consent.</summary>
    public static async Task FillTheRestAsync(this IPage page, BrowserApp app, string coordinatorEmail, string language)
    {
        await page.FillAsync("#Form_Representative_Name", "Zoë Łukasiewicz");
        await page.FillAsync("#Form_Representative_Position", "Deputy mayor for security");
        await page.FillAsync("#Form_Representative_Email", "mayor." + coordinatorEmail);
        await page.CheckAsync("#Form_CoordinatorAppointed");
        await page.FillAsync("#Form_Coordinator_Name", "Joost van 's-Hertogenbosch");
        await page.FillAsync("#Form_Coordinator_Position", "Urban safety coordinator");
        await page.FillAsync("#Form_Coordinator_Email", coordinatorEmail);
        await page.CheckAsync("#Form_Coalition_Committed");
        await page.FillAsync("#Form_CoalitionBy", app.FutureDate(200));
        await page.FillAsync("#Form_PublicPartners_0__Name", "Policía Local");
        await page.FillAsync("#Form_PublicPartners_0__Role", "Police");
        await page.ClickAsync("button[data-add-partner=Voluntary]");
        await page.FillAsync("#Form_VoluntaryPartners_1__Name", "Δήμος Αλεξανδρούπολης twinning association");
        await page.FillAsync("#Form_VoluntaryPartners_1__Role", "Exchanges");
        await page.CheckAsync("#Form_CouncilDecision");
        await page.FillAsync("#Form_CouncilDecisionOn", "2024-02-12");
        await page.FillAsync("#Form_SocialDevelopment", "Prevention is one of the five pillars of the social plan.");
        await page.FillAsync("#Form_CitizenParticipation", "District safety councils and exploratory walks.");
        await page.FillAsync("#Form_HumanRights", "Signatory of the European Charter for the Safeguarding of Human Rights in the City.");
        await page.CheckAsync("#Form_CommitsToCharter");
        await page.CheckAsync(language == "en" ? "#Form_PreferredLanguage" : "#Form_PreferredLanguage_" + language);
        await page.SelectOptionAsync("#Form_HeardFrom", "Event");
        await page.CheckAsync("#Form_Consent");
    }

    /// <summary>Clicks and waits for the page that arrives, then checks it with axe.</summary>
    public static async Task ClickAndCheckAsync(this IPage page, string selector)
    {
        await page.ClickAsync(selector);
        await page.WaitForLoadStateAsync();
        await page.AssertAccessibleAsync();
    }
}
