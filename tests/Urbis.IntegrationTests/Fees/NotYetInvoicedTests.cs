using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>
/// The finance home says how many members owe a fee for the year and have no invoice for it yet:
/// before the annual run, and after it for those who joined since. Its own class: it counts every
/// member of the app.
/// </summary>
public sealed class NotYetInvoicedTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_finance_home_says_how_many_members_still_have_no_invoice_for_the_year()
    {
        var finance = await app.FinanceWithScaleAsync();
        var year = app.ThisYear;
        await app.AddAuthorityAsync("Aarhus", "DK", 285_000);
        await app.AddAuthorityAsync("Tartu", "EE", 97_000);

        var before = await finance.GetPageAsync($"/finance?year={year}");
        Notice(before).ShouldBe($"No invoice has been issued for {year} yet: 2 members to invoice.");
        before.Document.QuerySelector("[data-testid=to-invoice] a")!.GetAttribute("href").ShouldBe($"/finance/invoicing/{year}");

        await app.IssueThisYearAsync();
        Notice(await finance.GetPageAsync($"/finance?year={year}")).ShouldBeNull();

        // Someone joins after the annual run: they owe a share of the year and are pointed out.
        await app.AddAuthorityAsync("Cork", "IE", 210_000, since: new DateOnly(year, 1, 15));
        Notice(await finance.GetPageAsync($"/finance?year={year}"))
            .ShouldBe($"1 member has no invoice for {year} yet: they joined after the annual invoicing, or their data was missing then.");
        await app.IssueThisYearAsync();
        Notice(await finance.GetPageAsync($"/finance?year={year}")).ShouldBeNull();

        // Next year's scale lets joiners pay from the year after: one who joins next year owes nothing for it.
        await app.PublishScaleAsync(finance, year + 1, JoinerRuleName.FromNextYear);
        await app.AddAuthorityAsync("Gdynia", "PL", 245_000, since: new DateOnly(year + 1, 3, 1));
        Notice(await finance.GetPageAsync($"/finance?year={year + 1}")).ShouldBe($"No invoice has been issued for {year + 1} yet: 3 members to invoice.");

        // Without a published scale there is nothing to invoice, so nothing is said.
        Notice(await finance.GetPageAsync($"/finance?year={year + 2}")).ShouldBeNull();
    }

    private static string? Notice(HtmlPage page) =>
        page.Document.QuerySelector("[data-testid=to-invoice] span")?.TextContent.Trim();
}
