using AngleSharp.Dom;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Fees;

/// <summary>The audit log names the fees' and the Directory's records as people call them, in the reader's language, never by type name and id.</summary>
public sealed class FeesAuditLogTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Invoices_payments_scales_and_contacts_are_named_and_linked_in_the_audit_log_in_english_and_french()
    {
        var finance = await app.FinanceWithScaleAsync();
        var member = await app.AddAuthorityAsync("Toulouse", "FR", 20_000);
        await app.IssueThisYearAsync();
        var invoice = await app.InvoiceOfAsync(finance, "Toulouse");
        var paid = await finance.SubmitAsync(await finance.GetPageAsync(invoice.Path), new Dictionary<string, string> { ["Payment.Amount"] = "100" }, "form[data-testid=payment-form]");
        paid.Errors.ShouldBeEmpty();
        var admin = (await app.SignInAsAsync(Roles.Administrator)).Client;

        var invoices = await admin.GetPageAsync("/admin/audit?entityType=Invoice");
        // The invoice added, then changed by the payment: both entries name it and link to it.
        Entities(invoices).Select(e => e.TextContent.Trim()).Distinct().ShouldBe([$"Invoice {invoice.Number} – Toulouse"]);
        Entities(invoices).Select(e => e.QuerySelector("a")?.GetAttribute("href")).Distinct().ShouldBe([invoice.Path]);
        invoices.Document.QuerySelector("#EntityType option[value=Invoice]")!.TextContent.ShouldBe("Invoice or credit note");

        var payment = Entities(await admin.GetPageAsync("/admin/audit?entityType=Payment")).ShouldHaveSingleItem();
        payment.TextContent.Trim().ShouldBe($"Payment of €100.00 on invoice {invoice.Number}");
        Entities(await admin.GetPageAsync("/admin/audit?entityType=FeeSchedule")).Select(e => e.TextContent.Trim()).Distinct().ShouldBe([$"Fee scale {app.ThisYear}"]);
        var run = await admin.GetPageAsync("/admin/audit?action=InvoiceRunCompleted");
        Entities(run).ShouldHaveSingleItem().TextContent.Trim().ShouldBe($"Annual invoicing {app.ThisYear}");
        run.Document.QuerySelector("[data-testid=audit-entries] tbody tr td:nth-child(3)")!.TextContent.Trim().ShouldBe("Annual invoicing completed");
        var contact = Entities(await admin.GetPageAsync("/admin/audit?entityType=AuthorityContact")).ShouldHaveSingleItem();
        contact.TextContent.Trim().ShouldStartWith("Treasurer ");
        contact.TextContent.Trim().ShouldEndWith(", finance contact of Toulouse");

        var french = (await app.SignInAsAsync(Roles.Administrator, language: "fr")).Client;
        var factures = await french.GetPageAsync("/admin/audit?entityType=Invoice");
        Entities(factures).Select(e => e.TextContent.Trim()).Distinct().ShouldBe([$"Facture {invoice.Number} – Toulouse"]);
        factures.Document.QuerySelector("#EntityType option[value=Invoice]")!.TextContent.ShouldBe("Facture ou avoir");
        Entities(await french.GetPageAsync("/admin/audit?entityType=Payment")).ShouldHaveSingleItem().TextContent.Trim().ShouldStartWith("Paiement de 100,00");
        var personnes = await french.GetPageAsync($"/admin/audit?entityType=Person");
        Entities(personnes).ShouldAllBe(e => e.TextContent.Trim().StartsWith("Personne : ", StringComparison.Ordinal));
        personnes.Text.ShouldNotContain("Urbis.Web.");
        app.MissingTranslations.ShouldBeEmpty();
        _ = member;
    }

    /// <summary>The "What" cell of each entry.</summary>
    private static List<IElement> Entities(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=audit-entries] > tbody > tr > td:nth-child(4)")];
}
