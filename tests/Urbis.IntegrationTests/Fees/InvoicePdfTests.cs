using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>The PDF writes every European name and address, Greek and Cyrillic included, with the vendored fonts.</summary>
public sealed class InvoicePdfTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Names_in_greek_cyrillic_and_latin_with_diacritics_are_written_and_read_back()
    {
        await app.FinanceWithScaleAsync();
        var athens = await app.AddAuthorityAsync("Δήμος Αθηναίων", "GR", 640_000, address: "Αθηνάς 63\n105 52 Αθήνα");
        var sofia = await app.AddAuthorityAsync("Столична община", "BG", 1_200_000, address: "ул. Московска 33\n1000 София");
        var brasov = await app.AddAuthorityAsync("Brașov", "RO", 250_000, address: "Bulevardul Eroilor 8\n500007 Brașov");
        await app.IssueThisYearAsync();
        foreach (var (member, words) in new[] { (athens, new[] { "Δήμος", "Αθηναίων", "Αθήνα" }), (sofia, ["Столична", "София"]), (brasov, ["Brașov", "Eroilor"]) })
        {
            var mail = (await app.MailToAsync(member.FinanceEmail!)).Single();
            var text = AnnualRunTests.PdfText(mail.Attachments.OfType<MimeKit.MimePart>().Single());
            foreach (var word in words)
            {
                text.ShouldContain(word);
            }
        }
    }
}
