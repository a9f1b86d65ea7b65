using System.Net;
using System.Text;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Fees;

/// <summary>A payment recorded by mistake is reversed with a reason, once; it stays in the books and the invoice owes it again.</summary>
public sealed class PaymentReversalTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task A_payment_recorded_by_mistake_is_reversed_once_with_a_reason_and_the_invoice_owes_it_again()
    {
        var finance = await app.FinanceWithScaleAsync();
        await app.AddAuthorityAsync("Graz", "AT", 180_000);
        await app.IssueThisYearAsync();
        var invoice = await app.InvoiceOfAsync(finance, "Graz");
        var paid = await finance.SubmitAsync(await finance.GetPageAsync(invoice.Path), new Dictionary<string, string> { ["Payment.Amount"] = "4500", ["Payment.Reference"] = "LINZ-0042" }, "form[data-testid=payment-form]");
        paid.Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Paid");

        var link = paid.Document.QuerySelector("[data-testid=payments] tbody tr a")!;
        link.GetAttribute("aria-label").ShouldStartWith("Reverse the payment of €4,500.00 received on");
        var form = await finance.GetPageAsync(link.GetAttribute("href")!);
        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Document.QuerySelector("[data-testid=payment]")!.TextContent.ShouldContain("LINZ-0042");

        var noReason = await finance.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = " " }, "form[data-testid=reverse-form]");
        noReason.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        noReason.Document.QuerySelector("#Reason-error")!.TextContent.ShouldBe("Say why the payment is reversed (3 to 500 characters): the auditors will read it.");
        (await finance.GetPageAsync(invoice.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Paid");

        var reason = "Paid by Linz <b>not</b> Graz";
        var reversed = await finance.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = reason }, "form[data-testid=reverse-form]");
        reversed.Errors.ShouldBeEmpty();
        reversed.Address.AbsolutePath.ShouldBe(invoice.Path);
        reversed.Text.ShouldContain("The payment of €4,500.00 is reversed: the invoice owes it again.");
        reversed.Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Issued");
        reversed.Document.QuerySelector("[data-testid=invoice-outstanding]")!.TextContent.ShouldBe("€4,500.00");
        var row = reversed.Document.QuerySelector("[data-testid=payments] tbody tr")!;
        row.GetAttribute("data-reversed").ShouldBe("true");
        row.QuerySelector("del")!.TextContent.ShouldBe("€4,500.00");
        row.TextContent.ShouldContain(reason);
        row.QuerySelector("b").ShouldBeNull();

        // The same form sent again (a double click, another tab): nothing more is taken off.
        var again = await finance.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "Twice" }, "form[data-testid=reverse-form]");
        again.Document.QuerySelector("[data-testid=invoice-outstanding]")!.TextContent.ShouldBe("€4,500.00");
        again.Text.ShouldNotContain("Twice");
        (await finance.GetPageAsync(link.GetAttribute("href")!)).Document.QuerySelector("[data-testid=already-reversed]")!.TextContent.ShouldContain(reason);

        var csv = await finance.GetAsync($"/finance/exports?handler=Download&year={app.ThisYear}&what=payments&format=csv");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldEndWith(",reversed_on,reversal_reason\r");
        lines.ShouldContain(l => l.Contains(",LINZ-0042,", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));

        var administrator = (await app.SignInAsAsync(Roles.Administrator)).Client;
        (await administrator.GetPageAsync("/admin/audit?entityType=Payment")).Text.ShouldContain(reason);
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reversed_bank_payment_can_be_booked_again_on_the_right_invoice()
    {
        var finance = await app.FinanceWithScaleAsync();
        await app.AddAuthorityAsync("Villach", "AT", 60_000);
        await app.AddAuthorityAsync("Wels", "AT", 60_000);
        await app.IssueThisYearAsync();
        var villach = await app.InvoiceOfAsync(finance, "Villach");
        var wels = await app.InvoiceOfAsync(finance, "Wels");

        // Wels paid, quoting Villach's number by mistake; finance books it as matched.
        var review = await finance.ImportAsync("may.xml", TestStatements.Camt([new BankLine("MAY-1", 2_000m, Text: $"Stadt Wels Beitrag {villach.Number}")], id: "MAY"));
        (await finance.SubmitAsync(review, new Dictionary<string, string>(), "form[data-testid=booking-form]")).Errors.ShouldBeEmpty();
        var page = await finance.GetPageAsync(villach.Path);
        page.Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Paid");

        var form = await finance.GetPageAsync(page.Document.QuerySelector("[data-testid=payments] tbody tr a")!.GetAttribute("href")!);
        (await finance.SubmitAsync(form, new Dictionary<string, string> { ["Reason"] = "Sent by Wels, quoting the wrong number" }, "form[data-testid=reverse-form]")).Errors.ShouldBeEmpty();
        (await finance.GetPageAsync(villach.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Issued");

        var statement = await finance.GetPageAsync(review.Address.AbsolutePath);
        statement.Document.QuerySelector("tr[data-reference='MAY-1']")!.TextContent.ShouldNotContain("Booked");
        var id = statement.Document.QuerySelector("tr[data-reference='MAY-1'] input[type=checkbox]")!.GetAttribute("value")!;
        var rebooked = await finance.PostFormAsync(review.Address.AbsolutePath + "?handler=Book", [new("__RequestVerificationToken", statement.AntiforgeryToken()), new("Selected", id), new($"Numbers[{id}]", wels.Number)]);
        rebooked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await finance.GetPageAsync(wels.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Paid");
        (await finance.GetPageAsync(villach.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Issued");

        // Booked once again: it cannot be booked a third time.
        var twice = await finance.PostFormAsync(review.Address.AbsolutePath + "?handler=Book", [new("__RequestVerificationToken", statement.AntiforgeryToken()), new("Selected", id), new($"Numbers[{id}]", villach.Number)]);
        twice.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await finance.GetPageAsync(villach.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Issued");
    }

    [Fact]
    public async Task Only_finance_and_administrators_may_reverse_a_payment()
    {
        var finance = await app.FinanceWithScaleAsync();
        var member = await app.AddAuthorityAsync("Dornbirn", "AT", 50_000);
        await app.IssueThisYearAsync();
        var invoice = await app.InvoiceOfAsync(finance, "Dornbirn");
        var paid = await finance.SubmitAsync(await finance.GetPageAsync(invoice.Path), new Dictionary<string, string> { ["Payment.Amount"] = "100" }, "form[data-testid=payment-form]");
        var path = paid.Document.QuerySelector("[data-testid=payments] tbody tr a")!.GetAttribute("href")!;

        foreach (var client in new[] { (await app.CoordinatorOfAsync(member.Id)).Client, (await app.SignInAsAsync(Roles.SecretariatStaff)).Client })
        {
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostFormAsync(path, [new("Reason", "Not mine to reverse")])).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);
        }

        (await app.NewClient().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await finance.GetAsync(path.Replace(invoice.Path, "/finance/invoices/" + Guid.NewGuid(), StringComparison.Ordinal))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await finance.GetPageAsync(invoice.Path)).Document.QuerySelector("[data-testid=invoice-status]")!.TextContent.ShouldBe("Partly paid");
    }
}
