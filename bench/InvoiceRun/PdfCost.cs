using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Pdf;
using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Bench.InvoiceRun;

/// <summary>What drawing one invoice PDF costs, warm, on one core and on all (--pdf-only).</summary>
internal static class PdfCost
{
    public static void Measure(IServiceProvider services)
    {
        var pdf = services.GetRequiredService<InvoicePdf>();
        var invoices = Enumerable.Range(1, 3_000).Select(Invoice).ToList();
        foreach (var invoice in invoices.Take(1_000))
        {
            pdf.Render(invoice);
        }

        var watch = Stopwatch.StartNew();
        var size = 0;
        foreach (var invoice in invoices.Skip(1_000).Take(1_000))
        {
            size = pdf.Render(invoice).Length;
        }

        var sequential = watch.Elapsed.TotalMilliseconds / 1_000;
        watch.Restart();
        Parallel.ForEach(invoices.Skip(2_000), invoice => pdf.Render(invoice));
        Console.WriteLine($"   one PDF: {sequential:0.00} ms on one core, {watch.Elapsed.TotalMilliseconds / 1_000:0.00} ms each on {Environment.ProcessorCount} cores, {size:N0} bytes");
    }

    private static Invoice Invoice(int i) => new()
    {
        Kind = InvoiceKind.Invoice,
        Number = $"2026-{i:00000}",
        NumberYear = 2026,
        Sequence = i,
        FeeYear = 2026,
        Category = MembershipCategory.Full,
        CustomerName = $"Bench city {i:00000}",
        CustomerAddress = $"{i % 90} Town Hall Square\n{10000 + i} Bench city",
        CustomerCountry = "FR",
        ContactName = $"Treasurer {i:00000}",
        ContactEmail = $"finance{i:00000}@members.urbis.example.org",
        Language = i % 2 == 0 ? "fr" : "en",
        IssueDate = new DateOnly(2026, 1, 15),
        DueDate = new DateOnly(2026, 2, 14),
        Total = 4_610m,
        PaymentReference = CreditorReference.For($"2026-{i:00000}"),
        Lines = [new InvoiceLine { Description = "Membership fee 2026 – Full member", Detail = "180,000 inhabitants on 01/01/2026; Band 100,001–250,000 inhabitants: €4,610.00", Amount = 4_610m }],
        CreatedAt = new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc),
    };
}
