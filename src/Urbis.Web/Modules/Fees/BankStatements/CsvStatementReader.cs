using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Urbis.Web.Modules.Fees.BankStatements;

/// <summary>
/// Reads the simple CSV statement: a header line, then one transfer per line, comma or semicolon
/// separated. Columns (any order, names as below): date (yyyy-mm-dd), amount (decimal point, credits
/// positive), reference (the bank's transaction id), and optionally payer, remittance,
/// structured_reference, currency (EUR by default), value_date.
/// </summary>
internal static class CsvStatementReader
{
    public static readonly IReadOnlyList<string> Required = ["date", "amount", "reference"];

    public static StatementRead Read(Stream content)
    {
        using var reader = new StreamReader(content, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(reader, configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                return StatementRead.Refused(StatementProblemCode.Empty);
            }

            var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
            var missing = Required.Where(r => !columns.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                return StatementRead.Refused(StatementProblemCode.CsvHeader, string.Join(", ", missing));
            }

            var entries = new List<StatementEntry>();
            while (csv.Read())
            {
                var line = csv.Parser.RawRow.ToString(CultureInfo.InvariantCulture);
                if (entries.Count >= Camt053Reader.MaxEntries)
                {
                    return StatementRead.Refused(StatementProblemCode.TooManyEntries, Camt053Reader.MaxEntries.ToString(CultureInfo.InvariantCulture));
                }

                if (!DateOnly.TryParseExact(Field(csv, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return StatementRead.Refused(StatementProblemCode.BadDate, line);
                }

                if (!decimal.TryParse(Field(csv, "amount"), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                {
                    return StatementRead.Refused(StatementProblemCode.BadAmount, line);
                }

                if (Field(csv, "reference") is not { Length: > 0 } reference)
                {
                    return StatementRead.Refused(StatementProblemCode.MissingValue, $"{line}: reference");
                }

                DateOnly? valueDate = DateOnly.TryParseExact(Field(csv, "value_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
                entries.Add(new StatementEntry(
                    Clip(reference, 140)!,
                    date,
                    valueDate,
                    Math.Abs(amount),
                    (Field(csv, "currency") is { Length: 3 } currency ? currency : "EUR").ToUpperInvariant(),
                    amount > 0,
                    Clip(Field(csv, "payer"), 500),
                    Clip(Field(csv, "structured_reference"), 35),
                    Clip(Field(csv, "remittance"), 500)));
            }

            return new StatementRead(new StatementFile(null, null, entries), null);
        }
        catch (Exception ex) when (ex is CsvHelperException or FormatException)
        {
            return StatementRead.Refused(StatementProblemCode.NotWellFormed);
        }
    }

    private static string? Field(CsvReader csv, string name) =>
        csv.HeaderRecord!.Any(h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) && csv.TryGetField<string>(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    private static string? Clip(string? text, int length) => text is null ? null : text.Length > length ? text[..length] : text;
}
