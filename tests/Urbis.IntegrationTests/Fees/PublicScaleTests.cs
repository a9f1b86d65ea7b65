using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Fees;

/// <summary>Anyone reads the current year's scale and computes a fee (the component the joining page embeds).</summary>
public sealed class PublicScaleTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task A_visitor_reads_the_scale_and_the_calculator_says_which_band_applies_at_its_edges()
    {
        var visitor = app.NewClient();
        await PublishedAsync();

        var page = await visitor.GetPageAsync("/fees");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelectorAll("[data-category=Full] tbody tr").Select(r => r.TextContent.Trim().Replace("\n", " ", StringComparison.Ordinal)).Select(t => System.Text.RegularExpressions.Regex.Replace(t, "\\s+", " "))
            .ShouldBe(["1 to 100,000 €2,000.00", "100,001 to 250,000 €4,500.00", "250,001 and more €9,000.00"]);

        var edge = await visitor.SubmitGetAsync(page, new Dictionary<string, string> { ["fee-population"] = "100,000" }, "#fee-calculator form");
        edge.Document.QuerySelector("[data-testid=fee-estimate]")!.TextContent.ShouldContain("€2,000.00");
        edge.Document.QuerySelector("[data-testid=fee-estimate]")!.TextContent.ShouldContain("Band 1–100,000 inhabitants");
        var above = await visitor.GetPageAsync("/fees?fee-population=100001");
        above.Document.QuerySelector("[data-testid=fee-estimate]")!.TextContent.ShouldContain("Band 100,001–250,000 inhabitants: €4,500.00");
        (await visitor.GetPageAsync("/fees?fee-population=3000000")).Document.QuerySelector("[data-testid=fee-estimate]")!.TextContent
            .ShouldContain("Band of 250,001 inhabitants and more: €9,000.00");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100000001")]
    public async Task A_population_that_is_not_a_positive_number_is_explained_next_to_the_field(string population)
    {
        await PublishedAsync();

        var page = await app.NewClient().GetPageAsync($"/fees?fee-population={Uri.EscapeDataString(population)}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#fee-population-error")!.TextContent.ShouldBe("Enter a number of inhabitants between 1 and 100,000,000.");
        page.Document.QuerySelector("#fee-population")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.Document.QuerySelector("[data-testid=fee-estimate]").ShouldBeNull();
    }

    [Fact]
    public async Task The_scale_and_the_calculator_speak_french()
    {
        await PublishedAsync();

        var visitor = app.NewClient();
        await visitor.GetAsync("/language?language=fr&returnUrl=%2Ffees");
        var page = await visitor.GetPageAsync("/fees?fee-population=180%20000");
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Cotisations");
        var estimate = page.Document.QuerySelector("[data-testid=fee-estimate]")!.TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ');
        estimate.ShouldContain("4 500,00 €");
        estimate.ShouldContain("Tranche 100 001–250 000 habitants");
        app.MissingTranslations.ShouldBeEmpty();
    }

    private async Task PublishedAsync() => await app.FinanceWithScaleAsync();
}

/// <summary>Before the year's scale is published, the public page says fees are on request.</summary>
public sealed class FeesOnRequestTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Before_publication_the_page_says_the_fees_are_not_published_yet()
    {
        var page = await app.NewClient().GetPageAsync("/fees?fee-population=1000");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("[data-testid=fees-not-published]")!.TextContent
            .ShouldBe($"The fees for {app.ThisYear} are not published yet. Please ask the secretariat.");
        page.Document.QuerySelector("#fee-calculator").ShouldBeNull();
    }
}
