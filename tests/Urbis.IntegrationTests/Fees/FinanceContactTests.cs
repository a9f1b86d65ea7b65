using System.Net;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>A coordinator names who receives the invoices (corrects, removes); the annual invoice then goes to that person.</summary>
public sealed class FinanceContactTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_coordinator_names_the_finance_contact_and_the_annual_invoice_is_emailed_to_them()
    {
        var finance = await app.FinanceWithScaleAsync();
        var member = await app.AddAuthorityAsync("Klagenfurt", "AT", 100_000, financeContact: false);
        var preview = await finance.GetPageAsync($"/finance/invoicing/{app.ThisYear}");
        preview.Text.ShouldContain("Klagenfurt");

        var coordinator = (await app.CoordinatorOfAsync(member.Id)).Client;
        var profile = await coordinator.GetPageAsync($"/authorities/{member.Id}/profile");
        profile.Document.QuerySelector("#Input_FinanceEmail")!.GetAttribute("value").ShouldBeNullOrEmpty();

        var noAddress = await coordinator.SubmitAsync(profile, new Dictionary<string, string> { ["Input.FinanceName"] = "Katrin Kassier", ["Input.FinanceEmail"] = "" });
        noAddress.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        noAddress.Document.QuerySelector("#Input_FinanceEmail-error")!.TextContent.ShouldBe("Enter the e-mail address the invoices go to, such as finance@city.example.");
        noAddress.Document.QuerySelector("#Input_FinanceName")!.GetAttribute("value").ShouldBe("Katrin Kassier");
        var markup = await coordinator.SubmitAsync(profile, new Dictionary<string, string> { ["Input.FinanceName"] = "<script>x</script>", ["Input.FinanceEmail"] = "kasse@klagenfurt.example" });
        markup.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        markup.Document.QuerySelector("#Input_FinanceName-error")!.TextContent.ShouldContain("cannot contain < or >");

        var saved = await coordinator.SubmitAsync(profile, new Dictionary<string, string> { ["Input.FinanceName"] = "Katrin Kassier", ["Input.FinanceEmail"] = "Kasse@Klagenfurt.example" });
        saved.Errors.ShouldBeEmpty();
        var again = await coordinator.GetPageAsync($"/authorities/{member.Id}/profile");
        again.Document.QuerySelector("#Input_FinanceEmail")!.GetAttribute("value").ShouldBe("Kasse@Klagenfurt.example");

        await app.IssueThisYearAsync();
        var mails = await app.MailToAsync("kasse@klagenfurt.example");
        mails.Count.ShouldBe(1);
        mails[0].Attachments.OfType<MimeKit.MimePart>().Single().FileName.ShouldStartWith($"invoice-{app.ThisYear}-");

        // A typo in the name is corrected with the same address; emptying both fields leaves nobody.
        var renamed = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/authorities/{member.Id}/profile"), new Dictionary<string, string> { ["Input.FinanceName"] = "Katrin Kassier-Huber", ["Input.FinanceEmail"] = "kasse@klagenfurt.example" });
        renamed.Errors.ShouldBeEmpty();
        (await coordinator.GetPageAsync($"/authorities/{member.Id}/profile")).Document.QuerySelector("#Input_FinanceName")!.GetAttribute("value").ShouldBe("Katrin Kassier-Huber");
        var cleared = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/authorities/{member.Id}/profile"), new Dictionary<string, string> { ["Input.FinanceName"] = "", ["Input.FinanceEmail"] = "" });
        cleared.Errors.ShouldBeEmpty();
        (await coordinator.GetPageAsync($"/authorities/{member.Id}/profile")).Document.QuerySelector("#Input_FinanceEmail")!.GetAttribute("value").ShouldBeNullOrEmpty();
        app.MissingTranslations.ShouldBeEmpty();
    }
}
