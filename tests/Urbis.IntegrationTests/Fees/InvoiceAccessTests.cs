using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Fees;

/// <summary>
/// An invoice's PDF is for the member's coordinator (through the members' pages) and for finance;
/// nobody else gets it: not the member's other users, not partners, not secretariat staff, not
/// another authority's coordinator, not the public.
/// </summary>
public sealed class InvoiceAccessTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Only_the_members_coordinator_and_finance_can_download_its_invoice()
    {
        var finance = (await app.SignInAsAsync(Roles.Finance)).Client;
        await app.PublishScaleAsync(finance, app.ThisYear);
        var porto = await app.AddAuthorityAsync("Porto", "PT", 230_000);
        var braga = await app.AddAuthorityAsync("Braga", "PT", 190_000);
        await app.IssueInvoicesAsync(finance, app.ThisYear);

        var coordinator = (await app.CoordinatorOfAsync(porto.Id)).Client;
        var mine = await coordinator.GetPageAsync("/members/invoices");
        mine.Status.ShouldBe(HttpStatusCode.OK);
        var rows = mine.Document.QuerySelectorAll("[data-testid=my-invoices] tbody tr").ToList();
        rows.Count.ShouldBe(1);
        var link = rows[0].QuerySelector("a[href$='/pdf']")!.GetAttribute("href")!;
        var pdf = await coordinator.GetAsync(link);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var number = rows[0].GetAttribute("data-number")!;
        pdf.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"invoice-{number}.pdf");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
            text.ShouldContain(number);
            text.ShouldContain("Porto");
            text.ShouldContain("€4,500.00");
        }

        var invoiceId = link.Split('/')[3];
        var memberPath = $"/members/invoices/{invoiceId}/pdf";
        var financePath = $"/finance/invoices/{invoiceId}/pdf";
        (await finance.GetAsync(financePath)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var otherCoordinator = (await app.CoordinatorOfAsync(braga.Id)).Client;
        await otherCoordinator.ShouldBeForbiddenAsync(memberPath);
        await otherCoordinator.ShouldBeForbiddenAsync(financePath);
        (await otherCoordinator.GetPageAsync("/members/invoices")).Text.ShouldNotContain(number);

        var colleague = (await app.SignInAsAsync(Roles.MemberUser, porto.Id)).Client;
        await colleague.ShouldBeForbiddenAsync(memberPath);
        await colleague.ShouldBeForbiddenAsync("/members/invoices");
        await colleague.ShouldBeForbiddenAsync(financePath);

        foreach (var role in new[] { Roles.PartnerExpert, Roles.SecretariatStaff })
        {
            var client = (await app.SignInAsAsync(role)).Client;
            await client.ShouldBeForbiddenAsync(memberPath);
            await client.ShouldBeForbiddenAsync(financePath);
        }

        var administrator = (await app.SignInAsAsync(Roles.Administrator)).Client;
        (await administrator.GetAsync(financePath)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await app.NewClient().ShouldRedirectToAsync(memberPath, "/account/sign-in");
        await app.NewClient().ShouldRedirectToAsync(financePath, "/account/sign-in");

        // An invoice that does not exist looks the same to a coordinator as someone else's.
        await coordinator.ShouldBeForbiddenAsync($"/members/invoices/{Guid.NewGuid()}/pdf");
        (await finance.GetAsync($"/finance/invoices/{Guid.NewGuid()}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_finance_pages_are_for_finance_and_administrators_only()
    {
        foreach (var path in new[] { "/finance", "/finance/fees", "/finance/invoices", "/finance/bank", "/finance/reminders", "/finance/exports", $"/finance/invoicing/{app.ThisYear}" })
        {
            foreach (var role in new[] { Roles.MemberUser, Roles.MemberCoordinator, Roles.PartnerExpert, Roles.SecretariatStaff })
            {
                await (await app.SignInAsAsync(role)).Client.ShouldBeForbiddenAsync(path);
            }

            (await (await app.SignInAsAsync(Roles.Finance)).Client.GetPageAsync(path)).Status.ShouldBe(HttpStatusCode.OK, path);
        }
    }
}
