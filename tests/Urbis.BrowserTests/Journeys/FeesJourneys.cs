using System.Text;
using Microsoft.Playwright;
using Urbis.BrowserTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.BrowserTests.Journeys;

/// <summary>
/// Finance prepares next year's scale by copying and uplifting this year's, publishes it, issues the
/// invoices (watching the progress), the member's coordinator downloads theirs, and a bank statement
/// marks it paid. Every page is checked with axe.
/// </summary>
public sealed class FeesJourneys(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Finance_publishes_next_years_scale_invoices_the_members_and_a_bank_statement_marks_an_invoice_paid()
    {
        var year = app.ThisYear();
        var next = year + 1;
        await app.PublishDemoScaleAsync(year);
        var graz = await app.CreateMemberAsync("Graz", "AT", 290_000, "treasurer@graz.test.urbis.localhost");

        // Finance signs in.
        var financeEmail = await app.InviteAsync("fiona.finance@test.urbis.localhost", "Fiona Finance", Roles.Finance);
        var finance = await app.NewPageAsync();
        await finance.AcceptInvitationAsync(app, financeEmail);
        await finance.EnrolTwoFactorAsync(app);

        // Next year's scale: a copy of this year's, 3 % higher, rounded to 10.
        await finance.VisitAsync("/finance");
        await finance.ClickAndWaitAsync(finance.GetByTestId("finance-tasks").GetByRole(AriaRole.Link, new() { Name = "Fee scales" }));
        await finance.AssertAccessibleAsync();
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Link, new() { Name = "Prepare a year's scale" }));
        await finance.AssertAccessibleAsync();
        await finance.GetByLabel("Year").FillAsync(next.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await finance.GetByLabel("Start from").SelectOptionAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await finance.GetByLabel("Uplift in percent").FillAsync("3");
        await finance.GetByLabel("Round the amounts to the nearest").SelectOptionAsync("10");
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Button, new() { Name = "Prepare the draft" }));
        await finance.AssertAccessibleAsync();
        (await finance.GetByTestId("schedule-status").InnerTextAsync()).ShouldBe("Draft");
        (await finance.Locator("#Form_Categories_0__Bands_4__Amount").InputValueAsync()).ShouldBe("7210.00");

        await finance.GetByLabel("I have checked these fees").CheckAsync();
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Button, new() { Name = $"Publish the scale for {next}" }));
        await finance.AssertAccessibleAsync();
        (await finance.GetByTestId("schedule-status").InnerTextAsync()).ShouldStartWith("Published on");

        // The preview, then the run with its progress bar.
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Link, new() { Name = $"Invoicing for {next}" }).First);
        await finance.AssertAccessibleAsync();
        (await finance.Locator("tr[data-member='Graz']").InnerTextAsync()).ShouldContain("€7,210.00");
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Button, new() { Name = "Issue 1 invoice" }));
        // A run of one member may finish before or after the page first shows; while it runs, the
        // page's script reloads it when done. Waiting for the final state first keeps the checks
        // off a page that is reloading (CI once counted the bar during that reload).
        await finance.Locator("[data-testid=run-status][data-status=Completed]").WaitForAsync();
        await finance.AssertAccessibleAsync();
        (await finance.Locator("progress").CountAsync()).ShouldBe(1);
        (await finance.Locator("progress").GetAttributeAsync("value")).ShouldBe("100");
        (await finance.Locator("[data-figure=issued]").InnerTextAsync()).ShouldBe("1");

        // The coordinator of Graz downloads the invoice.
        var coordinatorEmail = await app.InviteAsync("carla.coordinator@graz.test.urbis.localhost", "Carla Coordinator", Roles.MemberCoordinator, graz);
        var coordinator = await app.NewPageAsync();
        await coordinator.AcceptInvitationAsync(app, coordinatorEmail);
        await coordinator.ClickAndWaitAsync(coordinator.GetByTestId("main-nav").GetByRole(AriaRole.Link, new() { Name = "Invoices" }));
        await coordinator.AssertAccessibleAsync();
        var row = coordinator.Locator("[data-testid=my-invoices] tbody tr").First;
        var number = await row.GetAttributeAsync("data-number");
        number.ShouldBe($"{year}-00001");
        var download = await coordinator.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link).ClickAsync());
        download.SuggestedFilename.ShouldBe($"invoice-{number}.pdf");
        var path = await download.PathAsync();
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(path)))
        {
            var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            text.ShouldContain(number!);
            text.ShouldContain("€7,210.00");
            text.ShouldContain("Graz");
        }

        // Finance imports the bank statement; the credit is matched by its structured reference and booked.
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Link, new() { Name = $"See the invoices for {next}" }));
        await finance.AssertAccessibleAsync();
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Link, new() { Name = number! }));
        await finance.AssertAccessibleAsync();
        var reference = (await finance.GetByTestId("invoice-details").Locator("code").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await finance.VisitAsync("/finance/bank");
        await finance.GetByLabel("Statement file").SetInputFilesAsync(new FilePayload
        {
            Name = "statement.xml",
            MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes(FeesSetup.Statement(reference, 7_210m)),
        });
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Button, new() { Name = "Import" }));
        await finance.AssertAccessibleAsync();
        (await finance.Locator("tr[data-reference='JOURNEY-TX-1']").InnerTextAsync()).ShouldContain("Matched by its structured reference");
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Button, new() { Name = "Book the ticked payments" }));
        await finance.AssertAccessibleAsync();
        (await finance.Locator(".alert-success").First.InnerTextAsync()).ShouldContain("1 payment booked.");
        await finance.ClickAndWaitAsync(finance.Locator("tr[data-reference='JOURNEY-TX-1']").GetByRole(AriaRole.Link, new() { Name = number! }));
        await finance.AssertAccessibleAsync();
        (await finance.GetByTestId("invoice-status").InnerTextAsync()).ShouldBe("Paid");

        // The other finance pages of the journey's data pass axe as well.
        foreach (var address in new[] { "/finance", "/finance/reminders", $"/finance/exports?year={next}", $"/finance/fees/{next}/members/{graz}", $"/finance/fees/{year}", $"/finance/invoices?year={next}" })
        {
            (await finance.VisitAsync(address))!.Status.ShouldBe(200, address);
        }

        // The coordinator sees it paid too.
        await coordinator.ReloadAsync();
        await coordinator.AssertAccessibleAsync();
        (await coordinator.Locator("[data-testid=my-invoices] tbody tr").First.InnerTextAsync()).ShouldContain("Paid");

        // The bank returns the transfer: finance reverses the payment with a reason, and the invoice is due again.
        await finance.VisitAsync($"/finance/invoices?year={next}");
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Link, new() { Name = number! }));
        await finance.ClickAndWaitAsync(finance.GetByTestId("payments").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Reverse the payment of €7,210.00") }));
        await finance.AssertAccessibleAsync();
        await finance.GetByLabel("Reason").FillAsync("Transfer returned by the bank (account closed)");
        await finance.ClickAndWaitAsync(finance.GetByRole(AriaRole.Button, new() { Name = "Reverse the payment" }));
        await finance.AssertAccessibleAsync();
        (await finance.GetByTestId("invoice-status").InnerTextAsync()).ShouldBe("Issued");
        (await finance.GetByTestId("payments").InnerTextAsync()).ShouldContain("Transfer returned by the bank (account closed)");
        await coordinator.ReloadAsync();
        (await coordinator.Locator("[data-testid=my-invoices] tbody tr").First.InnerTextAsync()).ShouldContain("Issued");
    }
}

/// <summary>A visitor finds the fee scale from the menu and computes a fee.</summary>
public sealed class PublicFeesJourneys(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_visitor_computes_the_fee_of_an_authority_with_the_public_calculator()
    {
        await app.PublishDemoScaleAsync(app.ThisYear());
        var page = await app.NewPageAsync();
        await page.VisitAsync("/");
        await page.ClickAndWaitAsync(page.GetByTestId("main-nav").GetByRole(AriaRole.Link, new() { Name = "Membership fees" }));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Number of inhabitants").FillAsync("290 000");
        await page.GetByLabel("Membership category").SelectOptionAsync("Full");
        await page.GetByLabel("Country").SelectOptionAsync("PT");
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }));
        await page.AssertAccessibleAsync();
        var estimate = await page.GetByTestId("fee-estimate").InnerTextAsync();
        estimate.ShouldContain("Band 250,001–500,000 inhabitants: €");
        estimate.ShouldContain("× 0.7 for B");
        (await page.GetByLabel("Number of inhabitants").InputValueAsync()).ShouldBe("290 000");
    }

    [Fact]
    public async Task A_visitor_reads_the_fees_on_the_join_page_and_computes_a_fee_without_losing_the_form()
    {
        await app.PublishDemoScaleAsync(app.ThisYear());
        var page = await app.NewPageAsync();
        await page.VisitAsync("/");
        await page.ClickAndWaitAsync(page.GetByTestId("main-nav").GetByRole(AriaRole.Link, new() { Name = "Join the network" }));
        var fees = page.GetByTestId("fees");
        (await fees.Locator("[data-category=Full] tbody tr").CountAsync()).ShouldBeGreaterThan(1);
        await fees.GetByLabel("Number of inhabitants").FillAsync("290 000");
        await fees.GetByLabel("Membership category").SelectOptionAsync("Full");
        await fees.GetByLabel("Country").SelectOptionAsync("PT");
        await page.ClickAndWaitAsync(fees.GetByRole(AriaRole.Button, new() { Name = "Calculate" }));
        await page.AssertAccessibleAsync();
        (await page.GetByTestId("fee-estimate").InnerTextAsync()).ShouldContain("Band 250,001–500,000 inhabitants: €");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Apply to join" }).CountAsync()).ShouldBe(1);
    }
}
