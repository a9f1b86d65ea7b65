using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Reminders;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Overview;

internal sealed record YearFigures(int Year, int Invoices, decimal Invoiced, decimal Collected, decimal Outstanding, decimal Credits, int Cancelled);

internal sealed record CountryFigures(string CountryCode, int Invoices, decimal Invoiced, decimal Collected, decimal Outstanding);

internal sealed record YearOverview(YearFigures Totals, IReadOnlyList<CountryFigures> Countries);

internal sealed record AgeingBucket(AgeingBand Band, int Invoices, decimal Outstanding);

/// <summary>Every open invoice today by age, and how many members are in arrears (see <see cref="Arrears"/>).</summary>
internal sealed record Receivables(IReadOnlyList<AgeingBucket> Ageing, int MembersInArrears);

internal enum AgeingBand
{
    NotDue,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90,
}

/// <summary>
/// Receivables and collections, in one query per question: the database sums per group (country
/// and status, or member and due date), which leaves a few hundred rows at most for the network's
/// size, and the page adds the groups up. EF Core sums decimals exactly on SQLite too (it stores them
/// as text and adds them with its own decimal functions, not as floating point), which the finance
/// tests check with amounts like 0.10 + 0.20; the additions here are in decimal as well.
/// "Invoiced" counts invoices not cancelled; "collected" every payment received for the year's
/// invoices; "credits" money received beyond what is due (overpayments, payments on cancelled invoices).
/// </summary>
internal sealed class FinanceFigures(AppDbContext db, NetworkCalendar calendar, IOptions<FeesOptions> options)
{
    public async Task<YearOverview> YearAsync(int year, CancellationToken cancellationToken)
    {
        var groups = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.FeeYear == year && i.Kind == InvoiceKind.Invoice)
            .GroupBy(i => new { i.CustomerCountry, i.Status })
            .Select(g => new Group(
                g.Key.CustomerCountry,
                g.Key.Status,
                g.Count(),
                g.Sum(i => i.Total),
                g.Sum(i => i.AmountPaid),
                g.Sum(i => i.AmountPaid > i.Total ? i.AmountPaid - i.Total : 0m)))
            .ToListAsync(cancellationToken);
        var live = groups.Where(g => g.Status != InvoiceStatus.Cancelled).ToList();
        var cancelled = groups.Where(g => g.Status == InvoiceStatus.Cancelled).ToList();
        var totals = new YearFigures(
            year,
            live.Sum(g => g.Invoices),
            live.Sum(g => g.Total),
            groups.Sum(g => g.Paid),
            live.Where(g => g.Status != InvoiceStatus.Paid).Sum(g => g.Total - g.Paid),
            cancelled.Sum(g => g.Paid) + live.Sum(g => g.Overpaid),
            cancelled.Sum(g => g.Invoices));
        var countries = live.GroupBy(g => g.Country).OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new CountryFigures(
                c.Key,
                c.Sum(g => g.Invoices),
                c.Sum(g => g.Total),
                c.Sum(g => g.Paid),
                c.Where(g => g.Status != InvoiceStatus.Paid).Sum(g => g.Total - g.Paid)))
            .ToList();
        return new YearOverview(totals, countries);
    }

    /// <summary>Every open invoice, whatever its year, by how long it is overdue today.</summary>
    public async Task<Receivables> ReceivablesAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var open = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartlyPaid))
            .GroupBy(i => new { i.AuthorityId, i.DueDate })
            .Select(g => new { g.Key.AuthorityId, g.Key.DueDate, Invoices = g.Count(), Outstanding = g.Sum(i => i.Total - i.AmountPaid) })
            .ToListAsync(cancellationToken);
        var ageing = Enum.GetValues<AgeingBand>().Select(band =>
        {
            var inBand = open.Where(i => Band(today.DayNumber - i.DueDate.DayNumber) == band).ToList();
            return new AgeingBucket(band, inBand.Sum(i => i.Invoices), inBand.Sum(i => i.Outstanding));
        }).ToList();
        var cutoff = Arrears.Cutoff(today, options.Value);
        return new Receivables(ageing, open.Where(i => i.DueDate < cutoff).Select(i => i.AuthorityId).Distinct().Count());
    }

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await db.Set<Invoice>().AsNoTracking().Select(i => i.FeeYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    private static AgeingBand Band(int daysOverdue) => daysOverdue switch
    {
        <= 0 => AgeingBand.NotDue,
        <= 30 => AgeingBand.Days1To30,
        <= 60 => AgeingBand.Days31To60,
        <= 90 => AgeingBand.Days61To90,
        _ => AgeingBand.Over90,
    };

    private sealed record Group(string Country, InvoiceStatus Status, int Invoices, decimal Total, decimal Paid, decimal Overpaid);
}
