using System.Net;
using System.Text;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>
/// Bank statements: credits matched by structured reference or invoice number, confirmed before
/// they are booked, never booked twice; bad files refused with a clear message, changing nothing.
/// </summary>
public sealed class BankStatementTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Credits_are_matched_by_reference_or_number_then_booked_once_and_the_invoices_are_paid()
    {
        var (finance, first, second) = await TwoInvoicesAsync("Aachen", "Bonn");
        var camt = TestStatements.Camt(
        [
            new BankLine("BANK-REF-001", 4_500m, StructuredReference: first.Reference),
            new BankLine("BANK-REF-002", 2_000m, Text: $"Cotisation facture {second.Number} merci"),
            new BankLine("BANK-REF-003", 75m, Text: "Conference dinner"),
            new BankLine("BANK-REF-004", 300m, Credit: false, Text: "Bank fees"),
        ]);
        var review = await finance.ImportAsync("march.xml", camt);
        review.Status.ShouldBe(HttpStatusCode.OK, review.Text);
        review.Text.ShouldContain("3 credits imported (0 already known were skipped); 2 matched to an invoice.");
        Row(review, "BANK-REF-001").ShouldContain("Matched by its structured reference");
        Row(review, "BANK-REF-002").ShouldContain("Matched by the invoice number in its text");
        Row(review, "BANK-REF-003").ShouldContain("No invoice found");
        review.Document.QuerySelector("tr[data-reference='BANK-REF-004']").ShouldBeNull();

        var booked = await finance.SubmitAsync(review, new Dictionary<string, string>(), "form[data-testid=booking-form]");
        booked.Errors.ShouldBeEmpty();
        booked.Text.ShouldContain("2 payments booked.");
        Row(booked, "BANK-REF-001").ShouldContain("Booked");
        Row(booked, "BANK-REF-003").ShouldContain("No invoice found");
        (await finance.GetPageAsync(first.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Paid");
        (await finance.GetPageAsync(second.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Paid");

        // The same file again: refused, nothing imported.
        var twice = await finance.ImportAsync("march.xml", camt);
        twice.Status.ShouldBe(HttpStatusCode.Conflict);
        twice.Errors.Single().ShouldStartWith("This statement was already imported on");

        // Another file that repeats a known transaction imports only the new one.
        var overlapping = await finance.ImportAsync("march-again.xml", TestStatements.Camt([new BankLine("BANK-REF-001", 4_500m, StructuredReference: first.Reference), new BankLine("BANK-REF-005", 10m)], id: "STMT-2"));
        overlapping.Text.ShouldContain("1 credits imported (1 already known were skipped)");
        var onlyKnown = await finance.ImportAsync("march-third.xml", TestStatements.Camt([new BankLine("BANK-REF-002", 2_000m)], id: "STMT-3"));
        onlyKnown.Status.ShouldBe(HttpStatusCode.Conflict);
        onlyKnown.Errors.ShouldContain("Every transaction of this file was already imported: nothing was imported again.");
        (await finance.GetPageAsync(first.Path)).Document.QuerySelectorAll("[data-testid=payments] tbody tr").Length.ShouldBe(1);

        // Booking a booked transaction again (a second tab, an old page) books nothing.
        var replay = await finance.PostFormAsync(review.Address.PathAndQuery + "?handler=Book", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = review.AntiforgeryToken(),
            ["Selected"] = review.Document.QuerySelector("tr[data-reference='BANK-REF-001'] input[type=checkbox]")!.GetAttribute("value")!,
        });
        replay.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await finance.GetPageAsync(first.Path)).Document.QuerySelectorAll("[data-testid=payments] tbody tr").Length.ShouldBe(1);
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_credit_without_a_match_is_booked_on_the_invoice_number_typed_and_a_cancelled_invoice_is_refused()
    {
        var (finance, first, second) = await TwoInvoicesAsync("Essen", "Kiel");
        var review = await finance.ImportAsync("april.xml", TestStatements.Camt([new BankLine("APR-1", 4_500m, Text: "membership"), new BankLine("APR-2", 100m, Text: "?")], id: "APR"));
        var ids = review.Document.QuerySelectorAll("[data-testid=transactions] input[type=checkbox]").ToDictionary(i => i.Closest("tr")!.GetAttribute("data-reference")!, i => i.GetAttribute("value")!);

        // Cancel the second invoice, then try to book a credit on it together with a good one: nothing is booked.
        await finance.SubmitAsync(await finance.GetPageAsync(second.Path), new Dictionary<string, string> { ["Correction.Reason"] = "Left the network" }, "form[data-testid=correct-form]");
        var refused = await finance.PostFormAsync(review.Address.AbsolutePath + "?handler=Book", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = review.AntiforgeryToken(),
            ["Selected"] = ids["APR-1"],
            [$"Numbers[{ids["APR-1"]}]"] = first.Number,
        }.Concat([new("Selected", ids["APR-2"]), new($"Numbers[{ids["APR-2"]}]", second.Number)]));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await refused.Content.ReadAsStringAsync();
        body.ShouldContain("Nothing was booked: 1 of the ticked credits cannot be booked as they are (see below).");
        body.ShouldContain("This invoice is cancelled by a credit note: choose the invoice that replaces it.");
        (await finance.GetPageAsync(first.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Issued");

        var unknown = await finance.PostFormAsync(review.Address.AbsolutePath + "?handler=Book", [new("__RequestVerificationToken", review.AntiforgeryToken()), new("Selected", ids["APR-2"]), new($"Numbers[{ids["APR-2"]}]", "1999-99999")]);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("There is no invoice with this number.");

        var booked = await finance.PostFormAsync(review.Address.AbsolutePath + "?handler=Book", [new("__RequestVerificationToken", review.AntiforgeryToken()), new("Selected", ids["APR-1"]), new($"Numbers[{ids["APR-1"]}]", first.Number)]);
        booked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await finance.GetPageAsync(first.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Paid");

        var ignored = await finance.PostFormAsync(review.Address.AbsolutePath + $"?handler=Ignore&transactionId={ids["APR-2"]}", [new("__RequestVerificationToken", review.AntiforgeryToken())]);
        ignored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Row(await finance.GetPageAsync(review.Address.AbsolutePath), "APR-2").ShouldContain("Not a fee");
    }

    [Fact]
    public async Task A_csv_statement_is_read_with_either_separator()
    {
        var (finance, first, _) = await TwoInvoicesAsync("Mainz", "Ulm");
        var csv = $"date;amount;reference;payer;remittance;structured_reference\n2026-04-02;4500.00;CSV-1;Mainz treasury;fee;{first.Reference}\n2026-04-02;-12.00;CSV-2;Bank;fees;\n";
        var review = await finance.ImportAsync("april.csv", csv, "text/csv");
        review.Status.ShouldBe(HttpStatusCode.OK, review.Text);
        Row(review, "CSV-1").ShouldContain("Matched by its structured reference");
        review.Document.QuerySelector("tr[data-reference='CSV-2']").ShouldBeNull();
    }

    [Theory]
    [InlineData("broken.xml", "<Document><BkToCstmrStmt><Stmt>", "The file cannot be read (line 1): it is damaged or not a statement.")]
    [InlineData("other.xml", "<?xml version=\"1.0\"?><Invoice xmlns=\"urn:oasis:names\"/>", "This XML file is not a CAMT.053 bank statement.")]
    [InlineData("laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">&lol2;</Document>", "The file contains a document type declaration, which statements never have: it is refused for safety.")]
    [InlineData("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">&x;</Document>", "The file contains a document type declaration, which statements never have: it is refused for safety.")]
    [InlineData("notes.pdf", "%PDF-1.7 not a statement", "Choose a CAMT.053 statement (.xml) or a CSV file (.csv).")]
    [InlineData("bad.csv", "when;how much\n2026-01-01;1\n", "The CSV file's first line must name its columns; missing: date, amount, reference.")]
    [InlineData("bad-amount.csv", "date,amount,reference\n2026-01-01,twelve,R1\n", "A transaction has no readable amount (2).")]
    public async Task A_malformed_or_malicious_file_is_refused_with_a_clear_message_and_nothing_is_imported(string name, string content, string message)
    {
        var finance = await app.FinanceWithScaleAsync();
        var refused = await finance.ImportAsync(name, content, name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/xml");
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldBe([message]);
        (await finance.GetPageAsync("/finance/bank")).Document.QuerySelectorAll($"[data-testid=statements] a").Select(a => a.TextContent).ShouldNotContain(name);
    }

    [Fact]
    public async Task A_huge_file_and_another_accounts_statement_are_refused()
    {
        var finance = await app.FinanceWithScaleAsync();
        var huge = Encoding.UTF8.GetBytes(TestStatements.Camt([new BankLine("HUGE", 1m, Text: new string('x', 400))]).Replace("<Stmt>", "<Stmt>" + new string(' ', 6 * 1024 * 1024), StringComparison.Ordinal));
        var tooLarge = await finance.ImportAsync("huge.xml", huge);
        tooLarge.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        tooLarge.Errors.ShouldBe(["The file is larger than 5 MB: a bank statement is much smaller. Check that it is the right file."]);

        // Beyond what the server reads at all (20 MB): refused before the page runs, never a 500.
        var enormous = await finance.ImportAsync("enormous.xml", new byte[21 * 1024 * 1024]);
        ((int)enormous.Status).ShouldBeInRange(400, 413);
        (await finance.GetPageAsync("/finance/bank")).Document.QuerySelector("[data-testid=statements]")?.TextContent.ShouldNotContain("enormous");

        var elsewhere = await finance.ImportAsync("other-account.xml", TestStatements.Camt([new BankLine("OTHER-1", 10m)], iban: "FR7630006000011234567890189"));
        elsewhere.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        elsewhere.Errors.ShouldBe(["This statement is for account FR76 3000 6000 0112 3456 7890 189, not the network's account BE71 0961 2345 6769."]);

        var empty = await finance.ImportAsync("empty.xml", []);
        empty.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        empty.Errors.ShouldBe(["Choose the statement file."]);
    }

    private static string Row(HtmlPage page, string reference) => page.Document.QuerySelector($"tr[data-reference='{reference}']")!.TextContent;

    private async Task<(HttpClient Finance, IssuedInvoice First, IssuedInvoice Second)> TwoInvoicesAsync(string first, string second)
    {
        var finance = await app.FinanceWithScaleAsync();
        await app.AddAuthorityAsync(first, "DE", 180_000);
        await app.AddAuthorityAsync(second, "DE", 60_000);
        await app.IssueThisYearAsync();
        return (finance, await app.InvoiceOfAsync(finance, first), await app.InvoiceOfAsync(finance, second));
    }
}
