using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Urbis.BrowserTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.BrowserTests.Journeys;

/// <summary>
/// The whole joining journey in each language: a city applies (saving halfway and resuming by the
/// e-mailed link) → staff assess and request information → the applicant answers → the board
/// approves → the coordinator accepts the invitation, signs in to see the membership and names the
/// finance contact.
/// </summary>
public sealed partial class JoiningJourneys(BrowserApp app) : IClassFixture<BrowserApp>
{
    public sealed record Language(string Code, string Locale, string JoinPath, string City, string Country, string Email, string Title, string Continue, string Thanks, string Answered, string Membership, string FullMember, string Coalition);

    public static readonly Language English = new("en", "en-GB", "/join", "Düsseldorf", "DE", "amt@duesseldorf.example", "Join the network", "Continue your application", "Thank you for your application", "Thank you for your answer", "Our membership", "Full member", "A local coalition for urban security");

    public static readonly Language French = new("fr", "fr-FR", "/fr/join", "L'Hospitalet de Llobregat", "ES", "ajuntament@lhospitalet.example", "Adhérer au réseau", "Reprendre votre candidature", "Merci pour votre candidature", "Merci pour votre réponse", "Notre adhésion", "Membre de plein droit", "Une coalition locale pour la sécurité urbaine");

    [Fact]
    public Task A_city_joins_the_network_in_English() => JourneyAsync(English);

    [Fact]
    public Task A_city_joins_the_network_in_French() => JourneyAsync(French);

    private async Task JourneyAsync(Language language)
    {
        // 1. The city reads /join, starts the form and saves it halfway.
        var applicant = await app.NewPageAsync(language.Locale);
        await applicant.VisitAsync(language.JoinPath);
        (await applicant.Locator("html").GetAttributeAsync("lang")).ShouldBe(language.Code);
        (await applicant.Locator("h1").InnerTextAsync()).ShouldBe(language.Title);
        (await applicant.Locator("[data-testid=conditions] li").CountAsync()).ShouldBe(6);
        await applicant.FillAuthorityAndApplicantAsync(language.City, language.Country, language.Email);
        await applicant.ClickAndCheckAsync(JoiningSteps.SaveButton);
        applicant.Url.ShouldContain("/join/resume/");

        // 2. Days later, on another computer, the e-mailed link brings the answers back.
        app.Clock.Advance(TimeSpan.FromDays(3));
        var link = BrowserApp.LinkIn(await app.LastMailToAsync(language.Email), "/join/resume/");
        var later = await app.NewPageAsync(language.Locale);
        await later.VisitAsync(link);
        (await later.Locator("h1").InnerTextAsync()).ShouldBe(language.Continue);
        (await later.InputValueAsync("#Form_OfficialName")).ShouldBe(language.City);

        // Sending it unfinished: the browser points at what is missing, nothing is sent.
        await later.ClickAsync(JoiningSteps.SendButton);
        await later.Locator("#form-errors").WaitForAsync();
        await later.AssertAccessibleAsync();
        later.Url.ShouldContain("/join/resume/");
        (await later.InnerTextAsync("#Form_Representative_Name-error")).ShouldNotBeEmpty();

        var coordinatorEmail = "coordinator." + language.Email;
        await later.FillTheRestAsync(app, coordinatorEmail, language.Code);
        await later.ClickAndCheckAsync(JoiningSteps.SendButton);
        later.Url.ShouldEndWith("/join/thanks");
        (await later.Locator("h1").InnerTextAsync()).ShouldBe(language.Thanks);
        var reference = Reference().Match(await later.InnerTextAsync("[data-testid=reference]")).Value;
        reference.ShouldNotBeEmpty();

        // 3. The secretariat starts the review, assesses the six conditions and asks for more.
        var staffEmail = $"staff.{language.Code}@test.urbis.localhost";
        await app.InviteAsync(staffEmail, "Sabine Staff " + language.Code, Roles.SecretariatStaff);
        var staff = await app.NewPageAsync();
        await staff.AcceptInvitationAsync(app, staffEmail);
        await staff.EnrolTwoFactorAsync(app);
        await staff.VisitAsync("/office/applications");
        await staff.ClickAndCheckAsync($"tr[data-reference='{reference}'] a");
        var application = staff.Url;
        (await staff.Locator("h1").InnerTextAsync()).ShouldBe(language.City);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Start the review" }).ClickAsync();
        await staff.WaitForLoadStateAsync();
        await staff.AssertAccessibleAsync();
        await staff.ClickAndCheckAsync("a[href$='/assessment']");
        for (var i = 0; i < 6; i++)
        {
            await staff.CheckAsync(i == 2 ? $"#Conditions_{i}__Status_Committed" : $"#Conditions_{i}__Status_Met");
        }

        await staff.FillAsync("#Conditions_2__Evidence", "The partners sign the coalition's charter in the autumn.");
        await staff.ClickAndCheckAsync("button[type=submit].btn-primary");
        await staff.ClickAndCheckAsync("a[href$='/request-information']");
        await staff.FillAsync("#Message", "Which private partners will join the coalition?");
        await staff.ClickAndCheckAsync("button[type=submit].btn-primary");
        (await staff.Locator("[data-testid=state]").InnerTextAsync()).ShouldBe("Information requested");

        // 4. The applicant answers through the e-mailed link and completes the application.
        var answer = BrowserApp.LinkIn(await app.LastMailToAsync(language.Email), "/join/answer/");
        await later.VisitAsync(answer);
        (await later.Locator("[data-testid=request]").InnerTextAsync()).ShouldBe("Which private partners will join the coalition?");
        await later.FillAsync("#Answer", "The shopkeepers' association joins.");
        await later.FillAsync("#Form_PrivatePartners_0__Name", "Unió de Botiguers");
        await later.FillAsync("#Form_PrivatePartners_0__Role", "Night-time economy");
        await later.ClickAndCheckAsync(JoiningSteps.SendButton);
        (await later.Locator("h1").InnerTextAsync()).ShouldBe(language.Answered);

        // 5. The secretariat recommends; the board approves.
        await staff.VisitAsync(application);
        (await staff.Locator("[data-testid=versions]").InnerTextAsync()).ShouldContain("Unió de Botiguers (Night-time economy)");
        await staff.ClickAndCheckAsync("a[href$='/recommend']");
        await staff.ClickAndCheckAsync("button[type=submit].btn-primary");
        await staff.ClickAndCheckAsync("a[href$='/decision']");
        await staff.CheckAsync("#Input_Outcome");
        await staff.FillAsync("#Input_Reference", "EC-2026-11");
        await staff.ClickAndCheckAsync("button[type=submit].btn-primary");
        (await staff.Locator("[data-testid=state]").InnerTextAsync()).ShouldBe("Approved");
        (await staff.Locator("main").InnerTextAsync()).ShouldContain($"{coordinatorEmail} is invited to the members' platform");

        // 6. The coordinator accepts the invitation, signs in and sees the membership.
        var invitation = BrowserApp.LinkIn(await app.LastMailToAsync(coordinatorEmail), "/account/invitation");
        var coordinator = await app.NewPageAsync(language.Locale);
        await coordinator.VisitAsync(invitation);
        await coordinator.FillAsync("#Input_Password", Infrastructure.Journeys.Password);
        await coordinator.FillAsync("#Input_ConfirmPassword", Infrastructure.Journeys.Password);
        await coordinator.ClickAndCheckAsync("main button[type=submit].btn-primary");
        var signingIn = await app.NewPageAsync(language.Locale);
        await signingIn.VisitAsync("/account/sign-in");
        await signingIn.FillAsync("#Input_Email", coordinatorEmail);
        await signingIn.FillAsync("#Input_Password", Infrastructure.Journeys.Password);
        await signingIn.ClickAndCheckAsync("main button[type=submit].btn-primary");
        await signingIn.VisitAsync("/members/membership");
        (await signingIn.Locator("h1").InnerTextAsync()).ShouldBe(language.Membership);
        (await signingIn.Locator("[data-testid=membership]").InnerTextAsync()).ShouldContain(language.FullMember);
        (await signingIn.Locator("[data-testid=conditions]").InnerTextAsync()).ShouldContain(language.Coalition);
        (await signingIn.Locator("[data-testid=no-finance-contact]").CountAsync()).ShouldBe(1);
        await signingIn.ClickAndCheckAsync("[data-testid=edit-profile]");
        (await signingIn.InputValueAsync("#Input_OfficialName")).ShouldBe(language.City);

        // 7. The coordinator names who receives the invoices.
        await signingIn.FillAsync("#Input_FinanceName", "Fina Finanzas");
        await signingIn.FillAsync("#Input_FinanceEmail", "finance." + language.Email);
        await signingIn.ClickAndCheckAsync("main button[type=submit].btn-primary");
        signingIn.Url.ShouldEndWith("/members/membership");
        (await signingIn.Locator("[data-testid=people]").InnerTextAsync()).ShouldContain("Fina Finanzas");
        (await signingIn.Locator("[data-testid=no-finance-contact]").CountAsync()).ShouldBe(0);
    }

    [GeneratedRegex("\\d{4}-[A-Z2-9]{6}")]
    private static partial Regex Reference();
}
