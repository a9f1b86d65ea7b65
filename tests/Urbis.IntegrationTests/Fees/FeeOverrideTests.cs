using System.Net;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>A member's fee set by hand: a reason, the audit log, and issued invoices left alone.</summary>
public sealed class FeeOverrideTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task A_fee_set_by_hand_needs_a_reason_is_audited_and_does_not_change_an_issued_invoice()
    {
        var finance = await app.FinanceWithScaleAsync();
        var year = app.ThisYear;
        var member = await app.AddAuthorityAsync("Tampere", "FI", 240_000);
        var page = await finance.GetPageAsync($"/finance/fees/{year}/members/{member.Id}");
        page.Document.QuerySelector("[data-testid=scale-explanation]")!.TextContent.ShouldBe("Band 100,001–250,000 inhabitants: €4,500.00");
        page.Document.QuerySelector("[data-testid=fee-due]")!.TextContent.ShouldBe("€4,500.00");

        var noReason = await finance.SubmitAsync(page, new Dictionary<string, string> { ["Amount"] = "3000", ["Reason"] = "" });
        noReason.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        noReason.Errors.ShouldContain("Say why the fee is set by hand (3 to 500 characters): the auditors will read it.");
        var precise = await finance.SubmitAsync(page, new Dictionary<string, string> { ["Amount"] = "-3", ["Reason"] = "Hardship" });
        precise.Errors.ShouldContain("The amount cannot be negative and has at most 2 decimals.");
        (await finance.GetPageAsync($"/finance/fees/{year}/members/{member.Id}")).Document.QuerySelector("[data-testid=fee-due]")!.TextContent.ShouldBe("€4,500.00");

        var set = await finance.SubmitAsync(page, new Dictionary<string, string> { ["Amount"] = "3000", ["Reason"] = "Hardship agreement of 12 March" });
        set.Document.QuerySelector("[data-testid=fee-due]")!.TextContent.ShouldBe("€3,000.00");
        await app.IssueThisYearAsync();
        var invoice = await app.InvoiceOfAsync(finance, "Tampere");
        (await finance.GetPageAsync(invoice.Path)).Document.QuerySelector("[data-testid=invoice-total]")!.TextContent.ShouldBe("€3,000.00");

        // A new amount after the invoice is issued: the fee changes, the invoice does not.
        var later = await finance.SubmitAsync(await finance.GetPageAsync($"/finance/fees/{year}/members/{member.Id}"), new Dictionary<string, string> { ["Amount"] = "100", ["Reason"] = "Changed mind" }, formSelector: "form[action*='handler=Set']");
        later.Errors.ShouldBeEmpty();
        later.Document.QuerySelector("[data-testid=fee-due]")!.TextContent.ShouldBe("€100.00");
        (await finance.GetPageAsync(invoice.Path)).Document.QuerySelector("[data-testid=invoice-total]")!.TextContent.ShouldBe("€3,000.00");

        var administrator = (await app.SignInAsAsync(Urbis.Web.Platform.Identity.Roles.Administrator)).Client;
        var audit = await administrator.GetPageAsync("/admin/audit?entityType=FeeOverride");
        // Set, then changed: the log names the record for people, not by its type, and keeps both reasons.
        var records = audit.Document.QuerySelectorAll("[data-testid=audit-entries] tbody tr td:nth-child(4)").Select(c => c.TextContent.Trim()).ToList();
        records.Count.ShouldBe(2);
        records.ShouldAllBe(r => r == $"Fee of Tampere for {year}, set by hand");
        audit.Text.ShouldContain("Hardship agreement of 12 March");
        audit.Text.ShouldContain("Changed mind");
    }
}
