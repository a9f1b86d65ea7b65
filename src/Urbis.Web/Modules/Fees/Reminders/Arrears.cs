using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Reminders;

internal sealed class Arrears(AppDbContext db, NetworkCalendar calendar, IOptions<FeesOptions> options) : IArrears
{
    /// <summary>An open invoice due before this date puts its member in arrears.</summary>
    public static DateOnly Cutoff(DateOnly today, FeesOptions options) => today.AddDays(-options.ArrearsAfterDays);

    public Task<IReadOnlyDictionary<Guid, ArrearsSummary>> AllAsync(CancellationToken cancellationToken) => LoadAsync(null, cancellationToken);

    public async Task<ArrearsSummary?> OfAsync(Guid authorityId, CancellationToken cancellationToken) =>
        (await LoadAsync(authorityId, cancellationToken)).GetValueOrDefault(authorityId);

    private async Task<IReadOnlyDictionary<Guid, ArrearsSummary>> LoadAsync(Guid? authorityId, CancellationToken cancellationToken)
    {
        var cutoff = Cutoff(calendar.Today, options.Value);
        var overdue = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartlyPaid) && i.DueDate < cutoff)
            .Where(i => authorityId == null || i.AuthorityId == authorityId)
            .Select(i => new { i.AuthorityId, i.Total, i.AmountPaid, i.Currency, i.DueDate })
            .ToListAsync(cancellationToken);
        return overdue.GroupBy(i => i.AuthorityId).ToDictionary(
            g => g.Key,
            g => new ArrearsSummary(g.Key, g.Sum(i => i.Total - i.AmountPaid), g.First().Currency, g.Min(i => i.DueDate), g.Count()));
    }
}
