using System.Net;
using System.Text;
using MiniExcelLibs;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>
/// Receivables, collections per year and per country, ageing, and the exports for the accounting system.
/// The figures cover the whole year, so this class issues no other invoices in its database.
/// </summary>
public sealed class FinanceViewTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_figures_add_up_to_the_cent_per_year_and_per_country_and_the_exports_carry_them()
    {
        var finance = await app.FinanceWithScaleAsync();
        var year = app.ThisYear;
        var a = await app.AddAuthorityAsync("Oslo", "NO", 20_000);
        var b = await app.AddAuthorityAsync("Bergen", "NO", 20_000);
        var c = await app.AddAuthorityAsync("Lund", "SE", 20_000);

        // Amounts set by hand with cents: the sums must be exact on both databases.
        foreach (var (member, amount) in new[] { (a, "0.10"), (b, "0.20"), (c, "1234.57") })
        {
            var page = await finance.GetPageAsync($"/finance/fees/{year}/members/{member.Id}");
            var set = await finance.SubmitAsync(page, new Dictionary<string, string> { ["Amount"] = amount, ["Reason"] = "Agreement of the executive committee" });
            set.Errors.ShouldBeEmpty();
        }

        await app.IssueThisYearAsync();
        var oslo = await app.InvoiceOfAsync(finance, "Oslo");
        await finance.SubmitAsync(await finance.GetPageAsync(oslo.Path), new Dictionary<string, string> { ["Payment.Amount"] = "0.10" }, "form[data-testid=payment-form]");
        var lund = await app.InvoiceOfAsync(finance, "Lund");
        await finance.SubmitAsync(await finance.GetPageAsync(lund.Path), new Dictionary<string, string> { ["Payment.Amount"] = "0.57" }, "form[data-testid=payment-form]");

        var overview = await finance.GetPageAsync($"/finance?year={year}");
        Figure(overview, "invoiced").ShouldBe("€1,234.87");
        Figure(overview, "collected").ShouldBe("€0.67");
        Figure(overview, "outstanding").ShouldBe("€1,234.20");
        Country(overview, "NO").ShouldBe(["Norway", "2", "€0.30", "€0.10", "€0.20"]);
        Country(overview, "SE").ShouldBe(["Sweden", "1", "€1,234.57", "€0.57", "€1,234.00"]);
        overview.Document.QuerySelector("[data-testid=ageing] tr[data-band=NotDue]")!.TextContent.ShouldContain("€1,234.20");

        var csv = await finance.GetAsync($"/finance/exports?handler=Download&year={year}&what=invoices&format=csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"invoices-{year}.csv");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("number,kind,issue_date,due_date,fee_year,member_id,member,country,category,currency,total,paid,status");
        lines.ShouldContain(l => l.StartsWith(lund.Number + ",Invoice,", StringComparison.Ordinal) && l.Contains(",SE,Full,EUR,1234.57,0.57,PartlyPaid,", StringComparison.Ordinal));

        var xlsx = await finance.GetAsync($"/finance/exports?handler=Download&year={year}&what=payments&format=xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(2);
        rows.Select(r => Convert.ToDecimal(r["amount"], System.Globalization.CultureInfo.InvariantCulture)).Order().ShouldBe([0.10m, 0.57m]);
        rows.Select(r => r["invoice"]).ShouldContain(lund.Number);

        (await finance.GetAsync($"/finance/exports?handler=Download&year={year}&what=secrets&format=csv")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        app.MissingTranslations.ShouldBeEmpty();
    }

    private static string Figure(HtmlPage page, string name) => page.Document.QuerySelector($"[data-figure={name}]")!.TextContent.Trim();

    private static List<string> Country(HtmlPage page, string code) =>
        [.. page.Document.QuerySelectorAll($"[data-testid=by-country] tr[data-country={code}] th, [data-testid=by-country] tr[data-country={code}] td").Select(c => c.TextContent.Trim())];
}
