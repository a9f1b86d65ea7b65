using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Fees;

/// <summary>Payments: partial, full, overpaid; corrections by credit note; what is refused changes nothing.</summary>
public sealed class PaymentTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private HttpClient finance = null!;

    [Fact]
    public async Task A_partial_payment_then_the_rest_then_too_much_moves_the_invoice_from_issued_to_paid_with_a_credit()
    {
        var invoice = await InvoiceOfAsync("Sevilla", 180_000);
        (await finance.GetPageAsync(invoice)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Issued");

        var partly = await PayAsync(invoice, "1000.50", "BE-TRF-1");
        partly.Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Partly paid");
        partly.Document.QuerySelector("[data-testid=invoice-outstanding]")!.TextContent.ShouldBe("€3,499.50");
        partly.Text.ShouldContain("Payment of €1,000.50 recorded.");

        var paid = await PayAsync(invoice, "3,499.50", "BE-TRF-2");
        paid.Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Paid");
        paid.Document.QuerySelector("[data-testid=invoice-outstanding]")!.TextContent.ShouldBe("€0.00");

        var over = await PayAsync(invoice, "100", "BE-TRF-3");
        over.Document.QuerySelector("[data-testid=invoice-credit]")!.TextContent.ShouldBe("€100.00");
        over.Document.QuerySelectorAll("[data-testid=payments] tbody tr").Length.ShouldBe(3);
    }

    [Theory]
    [InlineData("-10", "The amount must be above 0.")]
    [InlineData("0", "The amount must be above 0.")]
    [InlineData("10.005", "Amounts have at most 2 decimals.")]
    [InlineData("ten", "Enter the amount, e.g. 1500 or 1500.50.")]
    [InlineData("", "Enter the amount, e.g. 1500 or 1500.50.")]
    public async Task A_negative_zero_or_three_decimal_amount_is_refused_and_nothing_is_recorded(string amount, string message)
    {
        var invoice = await InvoiceOfAsync($"Refusing {Guid.NewGuid():N}"[..20], 50_000);
        var page = await finance.GetPageAsync(invoice);
        var refused = await finance.SubmitAsync(page, new Dictionary<string, string> { ["Payment.Amount"] = amount }, "form[data-testid=payment-form]");
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain(message);
        refused.Document.QuerySelector("#Payment_Amount")!.GetAttribute("value").ShouldBe(amount);
        var after = await finance.GetPageAsync(invoice);
        after.Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Issued");
        after.Document.QuerySelector("[data-testid=payments]").ShouldBeNull();
    }

    [Fact]
    public async Task A_date_after_today_is_refused()
    {
        var invoice = await InvoiceOfAsync("Cordoba", 50_000);
        var page = await finance.GetPageAsync(invoice);
        var refused = await finance.SubmitAsync(page, new Dictionary<string, string> { ["Payment.Date"] = "2099-01-01" }, "form[data-testid=payment-form]");
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain("The date cannot be after today.");
    }

    [Fact]
    public async Task A_correction_cancels_the_invoice_by_credit_note_and_moves_its_payments_to_the_new_invoice()
    {
        var original = await InvoiceOfAsync("Malaga", 180_000);
        await PayAsync(original, "1000", "TRF-M1");
        var page = await finance.GetPageAsync(original);
        var corrected = await finance.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Correction.Reason"] = "The population recorded was last year's",
            ["Correction.NewAmount"] = "2000",
        }, "form[data-testid=correct-form]");
        corrected.Text.ShouldContain("Invoice cancelled by credit note CN-");
        corrected.Document.QuerySelector("[data-testid=invoice-total]")!.TextContent.ShouldBe("€2,000.00");
        corrected.Document.QuerySelector("[data-testid=invoice-paid]")!.TextContent.ShouldBe("€1,000.00");
        corrected.Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Partly paid");

        var old = await finance.GetPageAsync(original);
        old.Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Cancelled");
        old.Document.QuerySelector("[data-testid=invoice-total]")!.TextContent.ShouldBe("€4,500.00");
        old.Document.QuerySelector("[data-testid=correct-form]").ShouldBeNull();
        var related = old.Document.QuerySelector("[data-testid=related]")!.TextContent;
        related.ShouldContain("Credit note CN-");
        old.Document.QuerySelectorAll("[data-testid=related] a").Select(a => a.TextContent.Split(' ')[0]).ShouldBe(["Credit", "Invoice"]);
        var creditNote = await finance.GetPageAsync(old.Document.QuerySelectorAll("[data-testid=related] a").Single(a => a.TextContent.StartsWith("Credit note", StringComparison.Ordinal)).GetAttribute("href")!);
        creditNote.Document.QuerySelector("[data-testid=invoice-total]")!.TextContent.ShouldBe("-€4,500.00");
        var creditNumber = creditNote.Document.QuerySelector("h1")!.TextContent.Split(' ').Last();
        var pdf = await finance.GetAsync(creditNote.Document.QuerySelector("[data-testid=pdf-link]")!.GetAttribute("href")!);
        pdf.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"credit-note-{creditNumber}.pdf");
        var text = AnnualRunTests.PdfText(new MimeKit.MimePart("application", "pdf") { Content = new MimeKit.MimeContent(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync())), FileName = $"credit-note-{creditNumber}.pdf" });
        text.ShouldContain("CREDIT NOTE");
        text.ShouldContain(creditNumber);
        text.ShouldContain("This credit note cancels invoice " + old.Document.QuerySelector("h1")!.TextContent.Split(' ').Last());
        text.ShouldContain("The population recorded was last year's");
        text.ShouldContain("Total credited");

        // A payment on the cancelled invoice is refused, and nothing changes.
        var token = old.AntiforgeryToken();
        var response = await finance.PostFormAsync(original + "?handler=Payment", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Payment.Date"] = app.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Payment.Amount"] = "100",
            ["Payment.Method"] = "BankTransfer",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("This invoice is cancelled by a credit note: a payment cannot be recorded on it.");
        (await finance.GetPageAsync(original)).Document.QuerySelector("[data-testid=invoice-paid]")!.TextContent.ShouldBe("€0.00");

        // Correcting it again is refused too.
        var again = await finance.PostFormAsync(original + "?handler=Correct", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Correction.Reason"] = "Once more",
        });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The finance contact received the credit note and the new invoice.
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_correction_without_a_reason_is_refused_and_issues_nothing()
    {
        var invoice = await InvoiceOfAsync("Granada", 50_000);
        var refused = await finance.SubmitAsync(await finance.GetPageAsync(invoice), new Dictionary<string, string> { ["Correction.Reason"] = " " }, "form[data-testid=correct-form]");
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain("Say why the invoice is corrected (3 to 1000 characters).");
        (await finance.GetPageAsync(invoice)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Issued");
    }

    private async Task<string> InvoiceOfAsync(string name, int population)
    {
        finance = await app.FinanceWithScaleAsync();
        await app.AddAuthorityAsync(name, "ES", population);
        await app.IssueThisYearAsync();
        var list = await finance.GetPageAsync($"/finance/invoices?year={app.ThisYear}&q={Uri.EscapeDataString(name)}");
        return list.Document.QuerySelector("[data-testid=invoices] tbody tr a")!.GetAttribute("href")!;
    }

    private async Task<HtmlPage> PayAsync(string invoice, string amount, string reference)
    {
        var page = await finance.GetPageAsync(invoice);
        var after = await finance.SubmitAsync(page, new Dictionary<string, string> { ["Payment.Amount"] = amount, ["Payment.Reference"] = reference }, "form[data-testid=payment-form]");
        after.Errors.ShouldBeEmpty();
        return after;
    }
}
