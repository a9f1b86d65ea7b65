using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Overview;

internal sealed record YearFigures(int Year, int Invoices, decimal Invoiced, decimal Collected, decimal Outstanding, decimal Credits, int Cancelled);

internal sealed record CountryFigures(string CountryCode, int Invoices, decimal Invoiced, decimal Collected, decimal Outstanding);

internal sealed record AgeingBucket(AgeingBand Band, int Invoices, decimal Outstanding);

internal enum AgeingBand
{
    NotDue,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90,
}

/// <summary>
/// Receivables and collections. Sums run in the database on both engines: EF Core sums decimals
/// exactly on SQLite too (it stores them as text and adds them with its own decimal functions, not
/// as floating point), which the finance tests check with amounts like 0.10 + 0.20.
/// "Invoiced" counts invoices not cancelled; "collected" every payment received for the year's
/// invoices; "credits" money received beyond what is due (overpayments, payments on cancelled invoices).
/// </summary>
internal sealed class FinanceFigures(AppDbContext db, NetworkCalendar calendar)
{
    public async Task<YearFigures> YearAsync(int year, CancellationToken cancellationToken)
    {
        var invoices = db.Set<Invoice>().AsNoTracking().Where(i => i.FeeYear == year && i.Kind == InvoiceKind.Invoice);
        var live = invoices.Where(i => i.Status != InvoiceStatus.Cancelled);
        var open = live.Where(i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartlyPaid);
        return new YearFigures(
            year,
            await live.CountAsync(cancellationToken),
            await live.SumAsync(i => i.Total, cancellationToken),
            await invoices.SumAsync(i => i.AmountPaid, cancellationToken),
            await open.SumAsync(i => i.Total - i.AmountPaid, cancellationToken),
            await invoices.Where(i => i.Status == InvoiceStatus.Cancelled).SumAsync(i => i.AmountPaid, cancellationToken)
                + await live.Where(i => i.AmountPaid > i.Total).SumAsync(i => i.AmountPaid - i.Total, cancellationToken),
            await invoices.CountAsync(i => i.Status == InvoiceStatus.Cancelled, cancellationToken));
    }

    public async Task<IReadOnlyList<CountryFigures>> ByCountryAsync(int year, CancellationToken cancellationToken)
    {
        var live = db.Set<Invoice>().AsNoTracking().Where(i => i.FeeYear == year && i.Kind == InvoiceKind.Invoice && i.Status != InvoiceStatus.Cancelled);
        var totals = await live.GroupBy(i => i.CustomerCountry)
            .Select(g => new { Country = g.Key, Invoices = g.Count(), Invoiced = g.Sum(i => i.Total), Collected = g.Sum(i => i.AmountPaid) })
            .ToListAsync(cancellationToken);
        var outstanding = await live.Where(i => i.Status != InvoiceStatus.Paid).GroupBy(i => i.CustomerCountry)
            .Select(g => new { Country = g.Key, Outstanding = g.Sum(i => i.Total - i.AmountPaid) })
            .ToDictionaryAsync(g => g.Country, g => g.Outstanding, cancellationToken);
        return [.. totals.OrderBy(t => t.Country, StringComparer.Ordinal)
            .Select(t => new CountryFigures(t.Country, t.Invoices, t.Invoiced, t.Collected, outstanding.GetValueOrDefault(t.Country)))];
    }

    /// <summary>Every open invoice, whatever its year, by how long it is overdue today.</summary>
    public async Task<IReadOnlyList<AgeingBucket>> AgeingAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var open = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartlyPaid))
            .Select(i => new { i.DueDate, i.Total, i.AmountPaid })
            .ToListAsync(cancellationToken);
        return [.. Enum.GetValues<AgeingBand>().Select(band =>
        {
            var inBand = open.Where(i => Band(today.DayNumber - i.DueDate.DayNumber) == band).ToList();
            return new AgeingBucket(band, inBand.Count, inBand.Sum(i => i.Total - i.AmountPaid));
        })];
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
}
