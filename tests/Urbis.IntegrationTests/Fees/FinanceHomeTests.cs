using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>
/// The finance home adds up the year and the open invoices in a fixed number of queries, whatever
/// the number of invoices, countries and members; credits count overpayments and money kept on
/// cancelled invoices. The figures cover the whole year, so this class issues no other invoices.
/// </summary>
public sealed class FinanceHomeTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_finance_home_reads_the_invoices_in_three_queries_and_counts_credits_and_cancellations()
    {
        var finance = await app.FinanceWithScaleAsync();
        foreach (var (name, country) in new[] { ("Arles", "FR"), ("Brest", "FR"), ("Caen", "FR"), ("Dinant", "BE"), ("Eupen", "BE"), ("Figueres", "ES") })
        {
            await app.AddAuthorityAsync(name, country, 20_000); // €2,000 each
        }

        await app.IssueThisYearAsync();
        await PayAsync(finance, "Arles", "2100");
        await PayAsync(finance, "Brest", "500");
        await PayAsync(finance, "Dinant", "300");
        var dinant = await app.InvoiceOfAsync(finance, "Dinant");
        var cancelled = await finance.SubmitAsync(await finance.GetPageAsync(dinant.Path), new Dictionary<string, string> { ["Correction.Reason"] = "Left the network" }, "form[data-testid=correct-form]");
        cancelled.Errors.ShouldBeEmpty();

        HtmlPage overview = null!;
        var commands = await app.RecordCommandsAsync(async () => overview = await finance.GetPageAsync($"/finance?year={app.ThisYear}"));

        // Years, the year's totals, the open invoices, and the members without an invoice for the year.
        commands.Count(c => c.Contains("\"Invoices\"", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(4, string.Join("\n\n", commands));
        Figure(overview, "invoiced").ShouldBe("€10,000.00");
        Figure(overview, "collected").ShouldBe("€2,900.00");
        Figure(overview, "outstanding").ShouldBe("€7,500.00");
        Figure(overview, "credits").ShouldBe("€400.00");
        overview.Document.QuerySelector("[data-figure=credits]")!.ParentElement!.TextContent.ShouldContain("(1 invoices cancelled)");
        overview.Document.QuerySelector("[data-figure=invoiced]")!.ParentElement!.TextContent.ShouldContain("(5 invoices)");
        Row(overview, "by-country", "data-country", "FR").ShouldBe(["France", "3", "€6,000.00", "€2,600.00", "€3,500.00"]);
        Row(overview, "by-country", "data-country", "BE").ShouldBe(["Belgium", "1", "€2,000.00", "€0.00", "€2,000.00"]);
        Row(overview, "by-country", "data-country", "ES").ShouldBe(["Spain", "1", "€2,000.00", "€0.00", "€2,000.00"]);
        Row(overview, "ageing", "data-band", "NotDue").ShouldBe(["Not yet due", "4", "€7,500.00"]);
        Row(overview, "ageing", "data-band", "Over90").ShouldBe(["More than 90 days", "0", "€0.00"]);
        overview.Text.ShouldContain("0 members are in arrears.");
    }

    private async Task PayAsync(HttpClient finance, string member, string amount)
    {
        var invoice = await app.InvoiceOfAsync(finance, member);
        var paid = await finance.SubmitAsync(await finance.GetPageAsync(invoice.Path), new Dictionary<string, string> { ["Payment.Amount"] = amount }, "form[data-testid=payment-form]");
        paid.Errors.ShouldBeEmpty();
    }

    private static string Figure(HtmlPage page, string name) => page.Document.QuerySelector($"[data-figure={name}]")!.TextContent.Trim();

    private static List<string> Row(HtmlPage page, string table, string attribute, string value) =>
        [.. page.Document.QuerySelectorAll($"[data-testid={table}] tr[{attribute}={value}] th, [data-testid={table}] tr[{attribute}={value}] td").Select(c => c.TextContent.Trim())];
}
