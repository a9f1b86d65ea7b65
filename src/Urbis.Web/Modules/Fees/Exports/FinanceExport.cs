using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Exports;

/// <summary>Columns and rows, in the order the accounting system reads them.</summary>
internal sealed record ExportTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Exports for accountants. CSV: UTF-8 with a byte-order mark (so spreadsheet programs read accents),
/// comma-separated, decimal point, ISO dates: the same in every language. Excel: real numbers and
/// dates in cells (MiniExcel). Column names are stable identifiers, not translated.
/// </summary>
internal sealed class FinanceExport(AppDbContext db)
{
    public async Task<ExportTable> InvoicesAsync(int year, CancellationToken cancellationToken)
    {
        // Read as rows first: PostgreSQL cannot make one array of columns of different types.
        var invoices = await db.Set<Invoice>().AsNoTracking().Where(i => i.FeeYear == year)
            .OrderBy(i => i.NumberYear).ThenBy(i => i.Kind).ThenBy(i => i.Sequence)
            .Select(i => new { i.Number, i.Kind, i.IssueDate, i.DueDate, i.FeeYear, i.AuthorityId, i.CustomerName, i.CustomerCountry, i.Category, i.Currency, i.Total, i.AmountPaid, i.Status, i.PaymentReference, i.CorrectsNumber })
            .ToListAsync(cancellationToken);
        return new ExportTable(
            ["number", "kind", "issue_date", "due_date", "fee_year", "member_id", "member", "country", "category", "currency", "total", "paid", "status", "payment_reference", "corrects"],
            [.. invoices.Select(i => new object?[]
            {
                i.Number, i.Kind.ToString(), i.IssueDate, i.DueDate, i.FeeYear, i.AuthorityId, i.CustomerName, i.CustomerCountry,
                i.Category.ToString(), i.Currency, i.Total, i.AmountPaid, i.Status.ToString(), i.PaymentReference, i.CorrectsNumber,
            })]);
    }

    public async Task<ExportTable> PaymentsAsync(int year, CancellationToken cancellationToken)
    {
        var payments = await (from p in db.Set<Payment>().AsNoTracking()
                              join i in db.Set<Invoice>().AsNoTracking() on p.InvoiceId equals i.Id
                              where i.FeeYear == year
                              orderby p.Date, p.RecordedAt
                              select new { p.Date, i.Number, p.AuthorityId, i.CustomerName, i.CustomerCountry, i.Currency, p.Amount, p.Method, p.Reference, p.RecordedBy, p.ReversedAt, p.ReversalReason })
                             .ToListAsync(cancellationToken);

        // Reversed payments are listed too (the accounting system books the reversal): marked by their date and reason.
        return new ExportTable(
            ["date", "invoice", "member_id", "member", "country", "currency", "amount", "method", "reference", "recorded_by", "reversed_on", "reversal_reason"],
            [.. payments.Select(p => new object?[] { p.Date, p.Number, p.AuthorityId, p.CustomerName, p.CustomerCountry, p.Currency, p.Amount, p.Method.ToString(), p.Reference, p.RecordedBy, p.ReversedAt is { } at ? DateOnly.FromDateTime(at) : null, p.ReversalReason })]);
    }

    public static byte[] Csv(ExportTable table)
    {
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in table.Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value switch
                    {
                        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        decimal amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
                        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                        string text => Defused(text),
                        _ => value?.ToString() ?? "",
                    });
                }

                csv.NextRecord();
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// Text that a spreadsheet would run as a formula (a member's name typed as "=HYPERLINK(...)")
    /// gets a leading apostrophe (OWASP "CSV injection"). Amounts are numbers, never touched.
    /// </summary>
    internal static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static byte[] Excel(ExportTable table, string sheet)
    {
        var rows = table.Rows.Select(row => table.Columns.Select((c, i) => (c, Value: row[i] switch
        {
            DateOnly date => (object?)date.ToDateTime(TimeOnly.MinValue),
            Guid id => id.ToString(),
            var other => other,
        })).ToDictionary(x => x.c, x => x.Value)).ToList();
        using var output = new MemoryStream();
        output.SaveAs(rows, sheetName: sheet, printHeader: true);
        return output.ToArray();
    }
}
