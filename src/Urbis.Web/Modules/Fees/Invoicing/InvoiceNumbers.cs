using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Invoicing;

/// <summary>
/// Gap-free invoice numbers: a counter row per series and year, bumped by one UPDATE ... RETURNING
/// inside the transaction that saves the invoices. The row stays locked until that transaction
/// ends (PostgreSQL row lock; SQLite's single writer), so concurrent issuers wait for each other,
/// and a rolled-back transaction gives its numbers back. Keep those transactions short.
/// </summary>
internal sealed class InvoiceNumbers(AppDbContext db)
{
    public const string InvoiceSeries = "INV";
    public const string CreditNoteSeries = "CN";

    /// <summary>Reserves <paramref name="count"/> consecutive numbers; returns the first.</summary>
    public async Task<int> ReserveAsync(InvoiceKind kind, int year, int count, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Invoice numbers are reserved inside the transaction that saves the invoices.");
        }

        var series = kind == InvoiceKind.CreditNote ? CreditNoteSeries : InvoiceSeries;
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "InvoiceCounters" ("Series", "Year", "Last") VALUES ({series}, {year}, 0) ON CONFLICT ("Series", "Year") DO NOTHING""",
            cancellationToken);
        var last = await db.Database.SqlQuery<int>(
            $"""UPDATE "InvoiceCounters" SET "Last" = "Last" + {count} WHERE "Series" = {series} AND "Year" = {year} RETURNING "Last" AS "Value" """)
            .ToListAsync(cancellationToken);
        return last.Single() - count + 1;
    }

    public static string Format(InvoiceKind kind, int year, int sequence) =>
        kind == InvoiceKind.CreditNote ? $"CN-{year}-{sequence:00000}" : $"{year}-{sequence:00000}";
}
