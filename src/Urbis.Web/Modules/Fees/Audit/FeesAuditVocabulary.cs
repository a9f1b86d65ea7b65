using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Audit;

/// <summary>
/// The fees' records in the audit log: scales by year, invoices and credit notes by number, payments
/// by amount and invoice, fees set by hand by member and year, each linked to its finance page.
/// </summary>
internal sealed class FeesAuditVocabulary(AppDbContext db, IAuthorityDirectory directory, FeeTexts texts, IStringLocalizer<FeesResource> l) : IAuditVocabulary
{
    public string? EntityType(string entityType) => entityType switch
    {
        "FeeSchedule" => l["Fee scale"].Value,
        "Invoice" => l["Invoice or credit note"].Value,
        "Payment" => l["Payment"].Value,
        "FeeOverride" => l["Fee set by hand"].Value,
        "BankStatement" => l["Bank statement"].Value,
        "BankTransaction" => l["Bank credit"].Value,
        "InvoiceRun" => l["Annual invoicing"].Value,
        _ => null,
    };

    public string? Action(string action) => action switch
    {
        "InvoiceRunRequested" => l["Annual invoicing asked for"].Value,
        "InvoiceRunCompleted" => l["Annual invoicing completed"].Value,
        "InvoiceRunFailed" => l["Annual invoicing failed"].Value,
        _ => null,
    };

    public async Task<IReadOnlyDictionary<string, AuditRecord>> RecordsAsync(string entityType, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var ids = entityIds.Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        IEnumerable<(Guid Id, AuditRecord Record)> records = entityType switch
        {
            "FeeSchedule" => await SchedulesAsync(ids, cancellationToken),
            "Invoice" => await InvoicesAsync(ids, cancellationToken),
            "Payment" => await PaymentsAsync(ids, cancellationToken),
            "FeeOverride" => await OverridesAsync(ids, cancellationToken),
            "BankStatement" => await StatementsAsync(ids, cancellationToken),
            "BankTransaction" => await TransactionsAsync(ids, cancellationToken),
            "InvoiceRun" => await RunsAsync(ids, cancellationToken),
            _ => [],
        };
        return records.ToDictionary(r => r.Id.ToString(), r => r.Record);
    }

    private async Task<IEnumerable<(Guid, AuditRecord)>> SchedulesAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Set<FeeSchedule>().AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Year }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, new AuditRecord(l["Fee scale {0}", s.Year], $"/finance/fees/{s.Year}")));

    private async Task<IEnumerable<(Guid, AuditRecord)>> InvoicesAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Set<Invoice>().AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Kind, i.Number, i.CustomerName }).ToListAsync(cancellationToken))
            .Select(i => (i.Id, new AuditRecord(Invoice(i.Kind, i.Number, i.CustomerName), $"/finance/invoices/{i.Id}")));

    private async Task<IEnumerable<(Guid, AuditRecord)>> PaymentsAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await (from p in db.Set<Payment>().AsNoTracking()
                where ids.Contains(p.Id)
                join i in db.Set<Invoice>().AsNoTracking() on p.InvoiceId equals i.Id
                select new { p.Id, p.Amount, i.Currency, InvoiceId = i.Id, i.Number }).ToListAsync(cancellationToken))
            .Select(p => (p.Id, new AuditRecord(l["Payment of {0} on invoice {1}", texts.Money(p.Amount, p.Currency), p.Number], $"/finance/invoices/{p.InvoiceId}")));

    private async Task<IEnumerable<(Guid, AuditRecord)>> OverridesAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await (from o in db.Set<FeeOverride>().AsNoTracking()
                where ids.Contains(o.Id)
                join a in directory.Query() on o.AuthorityId equals a.Id
                select new { o.Id, o.Year, o.AuthorityId, a.OfficialName }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, new AuditRecord(l["Fee of {0} for {1}, set by hand", o.OfficialName, o.Year], $"/finance/fees/{o.Year}/members/{o.AuthorityId}")));

    private async Task<IEnumerable<(Guid, AuditRecord)>> StatementsAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Set<BankStatement>().AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.FileName }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, new AuditRecord(l["Bank statement {0}", s.FileName], $"/finance/bank/{s.Id}")));

    private async Task<IEnumerable<(Guid, AuditRecord)>> TransactionsAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Set<BankTransaction>().AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.StatementId, t.Amount, t.Currency, t.BookingDate }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, new AuditRecord(l["Bank credit of {0} on {1}", texts.Money(t.Amount, t.Currency), t.BookingDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture)], $"/finance/bank/{t.StatementId}")));

    private async Task<IEnumerable<(Guid, AuditRecord)>> RunsAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Set<InvoiceRun>().AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Year }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, new AuditRecord(l["Annual invoicing {0}", r.Year], $"/finance/invoicing/runs/{r.Id}")));

    private string Invoice(InvoiceKind kind, string number, string customer) => kind == InvoiceKind.CreditNote
        ? l["Credit note {0} – {1}", number, customer]
        : l["Invoice {0} – {1}", number, customer];
}
