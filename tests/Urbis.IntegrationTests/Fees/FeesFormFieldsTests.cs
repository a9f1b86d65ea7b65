using System.Net;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>
/// The fees forms use the house field (form-field): a rejected value comes back as typed, marked
/// invalid for assistive technology and tied to its message by aria-describedby.
/// </summary>
public sealed class FeesFormFieldsTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task A_rejected_year_and_uplift_are_shown_again_marked_invalid_next_to_their_messages()
    {
        var finance = await app.FinanceWithScaleAsync();
        var page = await finance.SubmitAsync(await finance.GetPageAsync("/finance/fees/new"), new Dictionary<string, string> { ["Input.Year"] = "abc", ["Input.CopyFrom"] = "", ["Input.Uplift"] = "x" });

        page.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        ShouldBeInvalid(page, "Input_Year", "abc", "Enter a year between 2000 and 2100.");
        ShouldBeInvalid(page, "Input_Uplift", "x", "Enter a percentage between -50 and 100, with at most 2 decimals.", "Input_Uplift-help");
        page.Document.QuerySelector("label[for=Input_Year]")!.TextContent.ShouldBe("Year");
        page.Document.QuerySelector("label[for=Input_Uplift]")!.TextContent.ShouldBe("Uplift in percent");
    }

    [Fact]
    public async Task A_rejected_payment_fee_and_reversal_are_marked_invalid_and_valid_fields_are_not()
    {
        var finance = await app.FinanceWithScaleAsync();
        var member = await app.AddAuthorityAsync("Formville", "FR", 20_000);
        var fee = await finance.GetPageAsync($"/finance/fees/{app.ThisYear}/members/{member.Id}");
        var badFee = await finance.SubmitAsync(fee, new Dictionary<string, string> { ["Amount"] = "x", ["Reason"] = "" });
        ShouldBeInvalid(badFee, "Amount", "x", "Enter the amount, e.g. 1500 or 1500.50.");
        badFee.Document.GetElementById("Reason")!.TagName.ShouldBe("TEXTAREA");

        await app.IssueThisYearAsync();
        var invoice = await app.InvoiceOfAsync(finance, "Formville");
        var badPayment = await finance.SubmitAsync(await finance.GetPageAsync(invoice.Path), new Dictionary<string, string> { ["Payment.Amount"] = "x" }, "form[data-testid=payment-form]");
        ShouldBeInvalid(badPayment, "Payment_Amount", "x", "Enter the amount, e.g. 1500 or 1500.50.");
        var date = badPayment.Document.GetElementById("Payment_Date")!;
        date.GetAttribute("type").ShouldBe("date");
        date.HasAttribute("aria-invalid").ShouldBeFalse();
        date.GetAttribute("aria-describedby").ShouldBe("Payment_Date-error");

        var paid = await finance.SubmitAsync(await finance.GetPageAsync(invoice.Path), new Dictionary<string, string> { ["Payment.Amount"] = "10" }, "form[data-testid=payment-form]");
        var reverse = await finance.GetPageAsync(paid.Document.QuerySelector("[data-testid=payments] tbody tr a")!.GetAttribute("href")!);
        var noReason = await finance.SubmitAsync(reverse, new Dictionary<string, string> { ["Reason"] = "no" }, "form[data-testid=reverse-form]");
        ShouldBeInvalid(noReason, "Reason", "no", "Say why the payment is reversed (3 to 500 characters): the auditors will read it.");
    }

    private static void ShouldBeInvalid(HtmlPage page, string id, string typed, string message, string? help = null)
    {
        var field = page.Document.GetElementById(id)!;
        (field.GetAttribute("value") ?? field.TextContent).ShouldBe(typed);
        field.GetAttribute("aria-invalid").ShouldBe("true");
        field.GetAttribute("aria-describedby").ShouldBe(help is null ? $"{id}-error" : $"{help} {id}-error");
        page.Document.GetElementById($"{id}-error")!.TextContent.ShouldBe(message);
    }
}
