using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Overview;

/// <summary>
/// Members of a year with a published scale who owe a fee for it and have no annual invoice yet:
/// before the annual run, every member; after it, those who joined since (or whose data was
/// missing then). Nothing issues their invoices on its own: finance sees this on the home page and
/// issues again, which only invoices them. Members who owe nothing for the year (joined under the
/// "from next year" rule, or a fee of zero set by hand) are not counted.
/// </summary>
internal sealed class NotYetInvoiced(AppDbContext db, IMemberRoster roster)
{
    /// <summary>How many, or null when the year has no published scale (nothing can be invoiced yet).</summary>
    public async Task<int?> CountAsync(int year, CancellationToken cancellationToken)
    {
        var rule = await db.Set<FeeSchedule>().AsNoTracking()
            .Where(s => s.Year == year && s.Status == FeeScheduleStatus.Published)
            .Select(s => (JoinerRule?)s.JoinerRule)
            .FirstOrDefaultAsync(cancellationToken);
        if (rule is null)
        {
            return null;
        }

        var members = await roster.ActiveDuring(year)
            .Where(m => !db.Set<Invoice>().Any(i => i.Origin == InvoiceOrigin.AnnualRun && i.FeeYear == year && i.AuthorityId == m.AuthorityId))
            .Select(m => new { m.AuthorityId, m.StartDate })
            .ToListAsync(cancellationToken);
        var overrides = members.Count == 0 ? [] : await db.Set<FeeOverride>().AsNoTracking()
            .Where(o => o.Year == year)
            .Select(o => new { o.AuthorityId, o.Amount })
            .ToListAsync(cancellationToken);
        var setByHand = overrides.ToDictionary(o => o.AuthorityId, o => o.Amount);

        // A member with two memberships in the year is invoiced on the latest, as the run does; a fee
        // set by hand replaces the scale's, also for a member who joined during the year.
        return members.GroupBy(m => m.AuthorityId)
            .Select(g => g.MaxBy(m => m.StartDate)!)
            .Count(m => setByHand.TryGetValue(m.AuthorityId, out var amount) ? amount > 0m : FeeCalculator.ForJoiner(1m, rule.Value, m.StartDate, year) > 0m);
    }
}
