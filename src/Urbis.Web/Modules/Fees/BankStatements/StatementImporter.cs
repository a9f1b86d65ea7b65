using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.BankStatements;

internal sealed record ImportResult(Guid? StatementId, StatementProblem? Problem, int Credits = 0, int AlreadyKnown = 0, int Proposed = 0);

/// <summary>
/// Imports a statement file (CAMT.053 or CSV) of the network's account: keeps the credits in euros
/// as bank transactions with a proposed invoice each, never the same transaction twice (unique per
/// account and bank reference), never the same file twice (its SHA-256). Nothing is booked here.
/// </summary>
internal sealed class StatementImporter(AppDbContext db, IOptions<FeesOptions> options, NetworkCalendar calendar, CurrentActor actor)
{
    public async Task<ImportResult> ImportAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (content.Length == 0)
        {
            return Refused(StatementProblemCode.Empty);
        }

        if (content.Length > options.Value.MaxStatementBytes)
        {
            return Refused(StatementProblemCode.TooLarge);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await db.Set<BankStatement>().AsNoTracking().FirstOrDefaultAsync(s => s.Sha256 == sha, cancellationToken) is { } earlier)
        {
            return Refused(StatementProblemCode.AlreadyImported, earlier.ImportedAt.ToString("g", System.Globalization.CultureInfo.CurrentCulture));
        }

        var format = FormatOf(fileName, content);
        if (format is null)
        {
            return Refused(StatementProblemCode.UnknownFormat);
        }

        using var stream = new MemoryStream(content, writable: false);
        var read = format == StatementFormat.Camt053 ? Camt053Reader.Read(stream, options.Value.MaxStatementBytes) : CsvStatementReader.Read(stream);
        if (read.Problem is { } problem)
        {
            return new ImportResult(null, problem);
        }

        var account = Iban.Normalize(options.Value.Issuer.Iban);
        var file = read.File!;
        if (file.AccountIban is { } iban && Iban.Normalize(iban) != account)
        {
            return Refused(StatementProblemCode.WrongAccount, Iban.Print(iban));
        }

        var credits = file.Entries.Where(e => e.IsCredit && e.Currency == "EUR" && e.Amount > 0).DistinctBy(e => e.TransactionReference).ToList();
        if (credits.Count == 0)
        {
            return Refused(StatementProblemCode.NoCredit);
        }

        var references = credits.Select(c => c.TransactionReference).ToList();
        var known = (await db.Set<BankTransaction>().AsNoTracking()
            .Where(t => t.AccountIban == account && references.Contains(t.TransactionReference))
            .Select(t => t.TransactionReference).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var fresh = credits.Where(c => !known.Contains(c.TransactionReference)).ToList();
        if (fresh.Count == 0)
        {
            return Refused(StatementProblemCode.AlreadyImported, null);
        }

        var statement = new BankStatement
        {
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 255 } name ? name : "statement",
            Format = format.Value,
            Sha256 = sha,
            AccountIban = account,
            StatementReference = file.StatementReference is { Length: > 140 } text ? text[..140] : file.StatementReference,
            ImportedAt = calendar.UtcNow,
            ImportedBy = actor.Get().Name,
            Credits = fresh.Count,
            AlreadyKnown = credits.Count - fresh.Count,
            Ignored = file.Entries.Count - credits.Count,
        };
        db.Add(statement);
        var proposals = await StatementMatcher.ProposeAsync(db, fresh, cancellationToken);
        for (var i = 0; i < fresh.Count; i++)
        {
            var entry = fresh[i];
            db.Add(new BankTransaction
            {
                StatementId = statement.Id,
                AccountIban = account,
                TransactionReference = entry.TransactionReference,
                BookingDate = entry.BookingDate,
                ValueDate = entry.ValueDate,
                Amount = entry.Amount,
                Currency = entry.Currency,
                PayerName = entry.PayerName,
                StructuredReference = entry.StructuredReference,
                Remittance = entry.Remittance,
                Status = proposals[i].InvoiceId is null ? BankTransactionStatus.Unmatched : BankTransactionStatus.Proposed,
                InvoiceId = proposals[i].InvoiceId,
                MatchedBy = proposals[i].Kind,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same file or transactions were imported at the same moment by someone else.
            return Refused(StatementProblemCode.AlreadyImported, null);
        }

        return new ImportResult(statement.Id, null, fresh.Count, statement.AlreadyKnown, proposals.Count(p => p.InvoiceId is not null));
    }

    /// <summary>XML is CAMT.053 (checked when read); anything else must say it is CSV by its name.</summary>
    private static StatementFormat? FormatOf(string fileName, byte[] content)
    {
        var start = System.Text.Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('<'))
        {
            return StatementFormat.Camt053;
        }

        return fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? StatementFormat.Csv : null;
    }

    private static ImportResult Refused(StatementProblemCode code, string? detail = null) => new(null, new StatementProblem(code, detail));
}
