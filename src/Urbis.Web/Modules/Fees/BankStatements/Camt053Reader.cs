using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Urbis.Web.Modules.Fees.BankStatements;

/// <summary>
/// Reads an ISO 20022 CAMT.053 bank-to-customer statement (any version, 001.02 to 001.13) with
/// System.Xml, defensively: no DTD (so no entity expansion or external entity), no resolver, a
/// character budget, and a cap on entries. Each transaction's id is the bank's reference
/// (AcctSvcrRef, at transaction or entry level), else the end-to-end id, else the transaction id.
/// </summary>
internal static class Camt053Reader
{
    public const int MaxEntries = 20_000;
    private const string NamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:camt.053.";

    public static StatementRead Read(Stream content, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(content, settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return StatementRead.Refused(StatementProblemCode.ForbiddenContent);
        }
        catch (XmlException ex)
        {
            return StatementRead.Refused(StatementProblemCode.NotWellFormed, ex.LineNumber > 0 ? ex.LineNumber.ToString(CultureInfo.InvariantCulture) : null);
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "Document" || !root.Name.NamespaceName.StartsWith(NamespacePrefix, StringComparison.Ordinal))
        {
            return StatementRead.Refused(StatementProblemCode.NotCamt053);
        }

        XNamespace ns = root.Name.Namespace;
        var statements = root.Element(ns + "BkToCstmrStmt")?.Elements(ns + "Stmt").ToList() ?? [];
        if (statements.Count == 0)
        {
            return StatementRead.Refused(StatementProblemCode.NotCamt053);
        }

        var iban = statements[0].Element(ns + "Acct")?.Element(ns + "Id")?.Element(ns + "IBAN")?.Value.Trim();
        var statementId = statements[0].Element(ns + "Id")?.Value.Trim();
        var entries = new List<StatementEntry>();
        var number = 0;
        foreach (var entry in statements.SelectMany(s => s.Elements(ns + "Ntry")))
        {
            number++;
            if (entries.Count >= MaxEntries)
            {
                return StatementRead.Refused(StatementProblemCode.TooManyEntries, MaxEntries.ToString(CultureInfo.InvariantCulture));
            }

            var read = ReadEntry(ns, entry, number);
            if (read.Problem is { } problem)
            {
                return new StatementRead(null, problem);
            }

            entries.AddRange(read.Entries);
        }

        return new StatementRead(new StatementFile(iban, statementId, entries), null);
    }

    private static (IReadOnlyList<StatementEntry> Entries, StatementProblem? Problem) ReadEntry(XNamespace ns, XElement entry, int number)
    {
        var where = number.ToString(CultureInfo.InvariantCulture);
        var credit = entry.Element(ns + "CdtDbtInd")?.Value.Trim() switch
        {
            "CRDT" => true,
            "DBIT" => false,
            _ => (bool?)null,
        };
        var booking = Date(entry.Element(ns + "BookgDt"));
        var value = Date(entry.Element(ns + "ValDt"));
        if (credit is null)
        {
            return ([], new(StatementProblemCode.MissingValue, $"{where}: CdtDbtInd"));
        }

        if (booking is null)
        {
            return ([], new(StatementProblemCode.BadDate, $"{where}: BookgDt"));
        }

        var entryReference = entry.Element(ns + "AcctSvcrRef")?.Value.Trim();
        var details = entry.Elements(ns + "NtryDtls").SelectMany(d => d.Elements(ns + "TxDtls")).ToList();
        if (details.Count == 0)
        {
            // An entry without details is one transaction: its amount and references are the entry's.
            details = [entry];
        }

        var read = new List<StatementEntry>();
        for (var i = 0; i < details.Count; i++)
        {
            var tx = details[i];
            var amountElement = tx.Element(ns + "Amt")
                ?? tx.Element(ns + "AmtDtls")?.Element(ns + "TxAmt")?.Element(ns + "Amt")
                ?? (details.Count == 1 ? entry.Element(ns + "Amt") : null);
            if (amountElement is null || !decimal.TryParse(amountElement.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return ([], new(StatementProblemCode.BadAmount, where));
            }

            var refs = tx.Element(ns + "Refs");
            var endToEnd = refs?.Element(ns + "EndToEndId")?.Value.Trim();
            var reference = FirstUseful(
                refs?.Element(ns + "AcctSvcrRef")?.Value,
                details.Count == 1 ? entryReference : null,
                endToEnd,
                refs?.Element(ns + "TxId")?.Value,
                entryReference is null ? null : $"{entryReference}/{i + 1}");
            if (reference is null)
            {
                return ([], new(StatementProblemCode.MissingValue, $"{where}: AcctSvcrRef / EndToEndId"));
            }

            var parties = tx.Element(ns + "RltdPties");
            var payer = parties?.Element(ns + "Dbtr")?.Element(ns + "Nm")?.Value ?? parties?.Element(ns + "Dbtr")?.Element(ns + "Pty")?.Element(ns + "Nm")?.Value;
            var remittance = tx.Element(ns + "RmtInf");
            var structured = remittance?.Elements(ns + "Strd").Select(s => s.Element(ns + "CdtrRefInf")?.Element(ns + "Ref")?.Value.Trim()).FirstOrDefault(r => !string.IsNullOrEmpty(r));
            var text = string.Join(" ", remittance?.Elements(ns + "Ustrd").Select(u => u.Value.Trim()) ?? []);
            read.Add(new StatementEntry(
                Clip(reference, 140)!,
                booking.Value,
                value,
                amount,
                amountElement.Attribute("Ccy")?.Value.Trim().ToUpperInvariant() ?? "EUR",
                credit.Value,
                Clip(payer?.Trim(), 500),
                Clip(structured, 35),
                Clip(text.Length == 0 ? null : text, 500)));
        }

        return (read, null);
    }

    private static DateOnly? Date(XElement? element)
    {
        var text = element?.Elements().FirstOrDefault(e => e.Name.LocalName is "Dt" or "DtTm")?.Value.Trim();
        if (text is null || text.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string? FirstUseful(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v) && !v.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase));

    private static string? Clip(string? text, int length) => text is null ? null : text.Length > length ? text[..length] : text;
}
