using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.BankStatements;

/// <summary>
/// Proposes the invoice a credit pays: by its structured creditor reference (exact), else by a
/// creditor reference or an invoice number found in the free text ("2026-00042", "2026/00042").
/// A proposal is only a proposal: finance confirms it before anything is booked.
/// </summary>
internal static partial class StatementMatcher
{
    public static async Task<IReadOnlyList<(Guid? InvoiceId, MatchKind? Kind)>> ProposeAsync(AppDbContext db, IReadOnlyList<StatementEntry> entries, CancellationToken cancellationToken)
    {
        var references = entries.Select(e => References(e).ToList()).ToList();
        var numbers = entries.Select(e => Numbers(e.Remittance).ToList()).ToList();
        var allReferences = references.SelectMany(r => r).Distinct().ToList();
        var allNumbers = numbers.SelectMany(n => n).Distinct().ToList();
        var byReference = (await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && allReferences.Contains(i.PaymentReference))
            .Select(i => new { i.Id, i.PaymentReference }).ToListAsync(cancellationToken))
            .GroupBy(i => i.PaymentReference).ToDictionary(g => g.Key, g => g.First().Id);
        var byNumber = (await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && allNumbers.Contains(i.Number))
            .Select(i => new { i.Id, i.Number }).ToListAsync(cancellationToken))
            .ToDictionary(i => i.Number, i => i.Id);

        var proposals = new List<(Guid?, MatchKind?)>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var reference = references[i].FirstOrDefault(byReference.ContainsKey);
            var number = numbers[i].FirstOrDefault(byNumber.ContainsKey);
            proposals.Add(reference is not null ? (byReference[reference], MatchKind.StructuredReference)
                : number is not null ? (byNumber[number], MatchKind.InvoiceNumber)
                : (null, null));
        }

        return proposals;
    }

    /// <summary>Valid creditor references: the structured one, and any typed into the free text.</summary>
    private static IEnumerable<string> References(StatementEntry entry)
    {
        if (CreditorReference.IsValid(entry.StructuredReference))
        {
            yield return CreditorReference.Normalize(entry.StructuredReference);
        }

        foreach (Match match in RfInText().Matches(entry.Remittance ?? ""))
        {
            var candidate = CreditorReference.Normalize(match.Value);
            if (CreditorReference.IsValid(candidate))
            {
                yield return candidate;
            }
        }
    }

    private static IEnumerable<string> Numbers(string? text) =>
        InvoiceNumberInText().Matches(text ?? "").Select(m => $"{m.Groups[1].Value}-{m.Groups[2].Value}");

    [GeneratedRegex(@"(?<![A-Za-z0-9])RF\s?\d{2}(?:\s?[A-Za-z0-9]){1,21}", RegexOptions.IgnoreCase)]
    private static partial Regex RfInText();

    [GeneratedRegex(@"(?<!\d)(20\d{2})\s?[-/ ]?\s?(\d{5})(?!\d)")]
    private static partial Regex InvoiceNumberInText();
}
