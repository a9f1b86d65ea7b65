using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Fees;

/// <summary>Finance keeps the yearly scales: copies with an uplift, validation, publishing, and nothing changes once published.</summary>
public sealed class ScaleEditingTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Finance_prepares_next_years_scale_as_an_uplifted_copy_and_publishes_it()
    {
        var finance = (await app.SignInAsAsync(Roles.Finance)).Client;
        await app.PublishScaleAsync(finance, 2040);

        var form = await finance.GetPageAsync("/finance/fees/new");
        var copy = await finance.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Year"] = "2041",
            ["Input.CopyFrom"] = "2040",
            ["Input.Uplift"] = "2.5",
            ["Input.RoundingStep"] = "10",
        });
        copy.Address.AbsolutePath.ShouldBe("/finance/fees/2041");
        copy.Text.ShouldContain("a copy of 2040 raised by 2.5 %");
        // 2,000 → 2,050; 4,500 → 4,612.50 → 4,610; 9,000 → 9,225 → 9,230
        Amounts(copy).ShouldBe(["2050.00", "4610.00", "9230.00"]);
        copy.Document.QuerySelector("[data-testid=schedule-status]")!.TextContent.ShouldBe("Draft");

        var unchecked_ = await finance.SubmitAsync(copy, new Dictionary<string, string>(), "form[data-testid=publish-form]");
        unchecked_.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        unchecked_.Errors.ShouldContain("Tick the box to confirm that the fees are checked: publishing is final.");

        var published = await finance.SubmitAsync(copy, new Dictionary<string, string> { ["Confirm"] = "true" }, "form[data-testid=publish-form]");
        published.Document.QuerySelector("[data-testid=schedule-status]")!.TextContent.ShouldStartWith("Published on");
        published.Document.QuerySelector("[data-testid=schedule-form]").ShouldBeNull();
        var list = await finance.GetPageAsync("/finance/fees");
        list.Document.QuerySelector("tr[data-year='2041']")!.TextContent.ShouldContain("Published");
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Overlapping_bands_and_amounts_with_three_decimals_are_refused_next_to_the_field_and_nothing_changes()
    {
        var finance = (await app.SignInAsAsync(Roles.Finance)).Client;
        var draft = await finance.SubmitAsync(await finance.GetPageAsync("/finance/fees/new"), new Dictionary<string, string> { ["Input.Year"] = "2050", ["Input.CopyFrom"] = "" });
        var saved = await finance.SubmitAsync(draft, new Dictionary<string, string>
        {
            ["Form.Categories[0].Bands[0].From"] = "1",
            ["Form.Categories[0].Bands[0].To"] = "",
            ["Form.Categories[0].Bands[0].Amount"] = "1000",
            ["Form.Categories[0].Bands[1].From"] = "",
            ["Form.Categories[0].Bands[1].To"] = "",
            ["Form.Categories[0].Bands[1].Amount"] = "",
        }, "form[data-testid=schedule-form]");
        saved.Errors.ShouldBeEmpty();

        var overlapping = await finance.SubmitAsync(saved, new Dictionary<string, string>
        {
            ["Form.Categories[0].Bands[0].To"] = "50000",
            ["Form.Categories[0].Bands[1].From"] = "40000",
            ["Form.Categories[0].Bands[1].To"] = "",
            ["Form.Categories[0].Bands[1].Amount"] = "2000",
        }, "form[data-testid=schedule-form]");
        overlapping.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        overlapping.Errors.ShouldContain("Full member, band 2: The band overlaps the previous one: it must start just after the previous band ends.");
        overlapping.Document.QuerySelector("#Form_Categories_0__Bands_1__From-error")!.TextContent.ShouldContain("overlaps");
        overlapping.Document.QuerySelector("#Form_Categories_0__Bands_1__From")!.GetAttribute("value").ShouldBe("40000");

        var precise = await finance.SubmitAsync(saved, new Dictionary<string, string> { ["Form.Categories[0].Bands[0].Amount"] = "1000.005" }, "form[data-testid=schedule-form]");
        precise.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        precise.Errors.ShouldContain("Full member, band 1: Amounts have at most 2 decimals.");

        var negative = await finance.SubmitAsync(saved, new Dictionary<string, string> { ["Form.Categories[0].Bands[0].Amount"] = "-5" }, "form[data-testid=schedule-form]");
        negative.Errors.ShouldContain("Full member, band 1: Amounts cannot be negative.");

        var words = await finance.SubmitAsync(saved, new Dictionary<string, string> { ["Form.Categories[0].Bands[0].Amount"] = "a lot" }, "form[data-testid=schedule-form]");
        words.Errors.ShouldContain("\"a lot\" is not an amount: type digits, with a decimal point or comma.");

        var again = await finance.GetPageAsync("/finance/fees/2050");
        Amounts(again).ShouldBe(["1000.00"]);
        again.Document.QuerySelector("#Form_Categories_0__Bands_0__To")!.GetAttribute("value").ShouldBe("");
    }

    [Fact]
    public async Task A_published_scale_refuses_every_change_and_stays_as_it_was()
    {
        var finance = (await app.SignInAsAsync(Roles.Finance)).Client;
        await app.PublishScaleAsync(finance, 2060);
        var page = await finance.GetPageAsync("/finance/fees/2060");
        var token = page.AntiforgeryToken();
        foreach (var handler in new[] { "Save", "Publish", "Delete" })
        {
            var response = await finance.PostFormAsync($"/finance/fees/2060?handler={handler}", new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Confirm"] = "true",
                ["Form.JoinerRule"] = "FullYear",
                ["Form.ReferenceDate"] = "2060-01-01",
                ["Form.Categories[0].Category"] = "Full",
                ["Form.Categories[0].Priced"] = "true",
                ["Form.Categories[0].Method"] = "Bands",
                ["Form.Categories[0].Bands[0].From"] = "1",
                ["Form.Categories[0].Bands[0].Amount"] = "1",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict, handler);
            (await response.Content.ReadAsStringAsync()).ShouldContain("This scale is published: it can no longer change.");
        }

        var after = await finance.GetPageAsync("/finance/fees/2060");
        after.Text.ShouldContain("€2,000.00");
        after.Text.ShouldContain("€9,000.00");
        after.Text.ShouldContain("Pro rata by quarter");

        var twice = await finance.SubmitAsync(await finance.GetPageAsync("/finance/fees/new"), new Dictionary<string, string> { ["Input.Year"] = "2060" });
        twice.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        twice.Errors.ShouldContain("2060 already has a scale: open it from the list.");
    }

    [Fact]
    public async Task A_formula_and_country_factors_are_kept_and_bad_factors_are_refused()
    {
        var finance = (await app.SignInAsAsync(Roles.Finance)).Client;
        var draft = await finance.SubmitAsync(await finance.GetPageAsync("/finance/fees/new"), new Dictionary<string, string> { ["Input.Year"] = "2070", ["Input.CopyFrom"] = "" });
        var fields = new Dictionary<string, string>
        {
            ["Form.Categories[1].Priced"] = "true",
            ["Form.Categories[1].Method"] = "Formula",
            ["Form.Categories[1].Base"] = "300",
            ["Form.Categories[1].PerInhabitant"] = "0.0125",
            ["Form.Categories[1].Minimum"] = "1000",
            ["Form.Categories[1].Maximum"] = "12000",
            ["Form.Groups[0].Name"] = "South",
            ["Form.Groups[0].Factor"] = "0.6",
            ["Form.Groups[0].Countries"] = "PT, GR",
        };
        var saved = await finance.SubmitAsync(draft, fields, "form[data-testid=schedule-form]");
        saved.Errors.ShouldBeEmpty();
        saved.Document.QuerySelector("#Form_Categories_1__PerInhabitant")!.GetAttribute("value").ShouldBe("0.0125");
        saved.Document.QuerySelector("#Form_Groups_0__Countries")!.GetAttribute("value").ShouldBe("PT, GR");

        fields["Form.Groups[0].Factor"] = "0";
        fields["Form.Groups[0].Countries"] = "PT, ZZ";
        var refused = await finance.SubmitAsync(saved, fields, "form[data-testid=schedule-form]");
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain("The factor of group South must be above 0, with at most 4 decimals.");
        refused.Errors.ShouldContain("ZZ is not a country code of the list (e.g. PT, GR).");
        (await finance.GetPageAsync("/finance/fees/2070")).Document.QuerySelector("#Form_Groups_0__Factor")!.GetAttribute("value").ShouldBe("0.6");
    }

    private static List<string?> Amounts(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-category=Full] input[name$='.Amount']").Select(i => i.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v))];
}
