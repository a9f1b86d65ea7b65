using Urbis.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Urbis.IntegrationTests.Mail;

/// <summary>The annual run's mail: thousands of messages with a PDF each leave without one query per message to read.</summary>
public sealed class OutboxBatchTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    private const int Members = 12;

    [Fact]
    public async Task Sending_a_batch_reads_its_attachments_at_once_and_each_message_carries_its_own()
    {
        await app.FinanceWithScaleAsync();
        var members = new List<TestAuthority>();
        for (var i = 0; i < Members; i++)
        {
            members.Add(await app.AddAuthorityAsync($"Batch city {i:00}"));
        }

        await app.MailAsync(); // what the sign-in queued
        await app.IssueThisYearAsync();

        IReadOnlyList<MimeKit.MimeMessage> mail = [];
        var commands = await app.RecordCommandsAsync(async () => mail = await app.MailAsync());

        // Reads: find the due messages, load them, load their files, find none left; none per message.
        // Writes: claiming a message and recording it sent, by primary key, one of each per message.
        commands.Reads().ShouldBeLessThanOrEqualTo(5, string.Join("\n", commands));
        (commands.Count - commands.Reads()).ShouldBeLessThanOrEqualTo(2 * Members, string.Join("\n", commands));
        foreach (var member in members)
        {
            var message = mail.Single(m => m.To.Mailboxes.Single().Address == member.FinanceEmail);
            var pdf = message.Attachments.OfType<MimeKit.MimePart>().Single();
            pdf.FileName.ShouldBe($"invoice-{message.Subject!.Split(' ')[1]}.pdf");
            PdfText(pdf).ShouldContain(member.Name);
        }
    }

    private static string PdfText(MimeKit.MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        using var document = PdfDocument.Open(stream.ToArray());
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
