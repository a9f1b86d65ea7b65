using System.Net;
using System.Text.RegularExpressions;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;
using UglyToad.PdfPig;

namespace Urbis.IntegrationTests.Fees;

/// <summary>The annual run: preview, issue in the background, PDFs e-mailed in the member's language, and never twice.</summary>
public sealed partial class AnnualRunTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_run_invoices_every_active_member_once_with_a_pdf_in_its_language_and_flags_missing_data()
    {
        var year = app.ThisYear;
        var finance = (await app.SignInAsAsync(Roles.Finance)).Client;
        await app.PublishScaleAsync(finance, year);
        var lyon = await app.AddAuthorityAsync("Lyon Métropole", "FR", 180_000, address: "20 rue du Lac\n69003 Lyon");
        var liege = await app.AddAuthorityAsync("Liège", "BE", 50_000, language: "fr", address: "Place du Marché 2\n4000 Liège");
        var noContact = await app.AddAuthorityAsync("Ghent", "BE", 260_000, financeContact: false);
        var joiner = await app.AddAuthorityAsync("Utrecht", "NL", 90_000, since: new DateOnly(year, 5, 15));
        var noPopulation = await app.AddAuthorityAsync("Bologna", "IT", 390_000, populationYear: year + 1);

        var preview = await finance.GetPageAsync($"/finance/invoicing/{year}");
        preview.Status.ShouldBe(HttpStatusCode.OK);
        Figure(preview, "members").ShouldBe("5");
        Figure(preview, "to-invoice").ShouldBe("4");
        Figure(preview, "flagged").ShouldBe("2");
        Row(preview, "Lyon Métropole").ShouldContain("Band 100,001–250,000 inhabitants: €4,500.00");
        Row(preview, "Utrecht").ShouldContain("3 quarters of 4, €1,500.00");
        Row(preview, "Bologna").ShouldContain("No population recorded for the reference date");
        preview.Text.ShouldContain("invoices to issue, €17,000.00 in total");

        var result = await app.IssueInvoicesAsync(finance, year);
        result.Document.QuerySelector("[data-testid=run-status]")!.GetAttribute("data-status").ShouldBe("Completed");
        result.Document.QuerySelector("[data-figure=issued]")!.TextContent.ShouldBe("4");
        result.Document.QuerySelector("[data-testid=run-skipped]")!.TextContent.ShouldContain("Bologna");
        result.Document.QuerySelector("[data-testid=run-not-emailed]")!.TextContent.ShouldContain("Ghent");
        var byPost = await finance.GetPageAsync($"/finance/invoices?year={year}&post=true");
        byPost.Document.QuerySelectorAll("[data-testid=invoices] tbody tr td:nth-child(2)").Select(c => c.TextContent).ShouldBe(["Ghent"]);
        byPost.Document.QuerySelector("[data-testid=invoices] tbody tr td:last-child")!.TextContent.ShouldBe("by post");

        // Numbered in the order of the members' names: Ghent, Liège, Lyon Métropole, Utrecht.
        // English: the PDF says who, how much, where to.
        var mail = (await app.MailToAsync(lyon.FinanceEmail!)).Single();
        mail.Subject.ShouldBe($"Invoice {year}-00003 – membership fee {year}");
        var pdf = mail.Attachments.OfType<MimeKit.MimePart>().Single();
        pdf.FileName.ShouldBe($"invoice-{year}-00003.pdf");
        var text = PdfText(pdf);
        text.ShouldContain($"INVOICE");
        text.ShouldContain($"{year}-00003");
        text.ShouldContain("Lyon Métropole");
        text.ShouldContain("20 rue du Lac");
        text.ShouldContain("69003 Lyon");
        text.ShouldContain("€4,500.00");
        text.ShouldContain("BE71 0961 2345 6769");
        text.ShouldContain("RF");

        // French, for the French-speaking member.
        var french = (await app.MailToAsync(liege.FinanceEmail!)).Single();
        french.Subject.ShouldBe($"Facture {year}-00002 – cotisation {year}");
        var frenchText = Spaces().Replace(PdfText(french.Attachments.OfType<MimeKit.MimePart>().Single()), " ");
        frenchText.ShouldContain("FACTURE");
        frenchText.ShouldContain("2 000,00 €");
        frenchText.ShouldContain("Place du Marché 2");

        // Running again issues nothing twice.
        var again = await finance.PostFormAsync($"/finance/invoicing/{year}?handler=Issue", [new("__RequestVerificationToken", preview.AntiforgeryToken())]);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await UrbisApp.WaitForRunAsync(finance, again.Headers.Location!.OriginalString);
        second.Document.QuerySelector("[data-figure=issued]")!.TextContent.ShouldBe("0");
        (await app.MailToAsync(lyon.FinanceEmail!)).Count.ShouldBe(1);
        var list = await finance.GetPageAsync($"/finance/invoices?year={year}");
        list.Document.QuerySelectorAll("[data-testid=invoices] tbody tr").Select(r => r.GetAttribute("data-number")).ShouldBe(
            [$"{year}-00001", $"{year}-00002", $"{year}-00003", $"{year}-00004"]);
        _ = noContact;
        _ = joiner;
        _ = noPopulation;
        app.MissingTranslations.ShouldBeEmpty();
    }

    private static string Figure(HtmlPage page, string name) => page.Document.QuerySelector($"[data-figure={name}]")!.TextContent.Trim();

    private static string Row(HtmlPage page, string member) => page.Document.QuerySelector($"tr[data-member='{member}']")!.TextContent;

    internal static string PdfText(MimeKit.MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);

        // URBIS_PDF_DUMP=folder keeps the PDFs the tests read, to look at them.
        if (Environment.GetEnvironmentVariable("URBIS_PDF_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllBytes(Path.Combine(dump, part.FileName ?? "document.pdf"), content.ToArray());
        }

        using var document = PdfDocument.Open(content.ToArray());
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [GeneratedRegex("[\\u00A0\\u202F]")]
    private static partial Regex Spaces();
}
