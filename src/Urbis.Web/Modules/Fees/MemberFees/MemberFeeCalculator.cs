using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.MemberFees;

/// <summary>
/// Computes members' fees for a year from the roster, the Directory (population on the reference
/// date, address, finance contact) and the year's schedule. Reads everything in a handful of
/// queries, whatever the number of members, so the preview and the run scale to thousands.
/// </summary>
internal sealed class MemberFeeCalculator(AppDbContext db, IMemberRoster roster, IAuthorityDirectory directory)
{
    public async Task<IReadOnlyList<MemberFee>> ForYearAsync(FeeSchedule schedule, Guid? onlyAuthority, CancellationToken cancellationToken)
    {
        var year = schedule.Year;
        var members = from m in roster.ActiveDuring(year)
                      join a in directory.Query() on m.AuthorityId equals a.Id
                      select new { m.AuthorityId, m.Category, m.StartDate, a.OfficialName, a.CountryCode, a.Address, a.BillingAddress, a.PreferredLanguage };
        if (onlyAuthority is { } only)
        {
            members = members.Where(m => m.AuthorityId == only);
        }

        // A member with two memberships in the year (a change of category) is invoiced on the latest one.
        var rows = (await members.ToListAsync(cancellationToken))
            .GroupBy(m => m.AuthorityId).Select(g => g.OrderByDescending(m => m.StartDate).First())
            .OrderBy(m => m.OfficialName, StringComparer.CurrentCultureIgnoreCase).ThenBy(m => m.AuthorityId)
            .ToList();
        IReadOnlyCollection<Guid>? ids = onlyAuthority is null ? null : [onlyAuthority.Value];
        var populations = await directory.PopulationsOnAsync(schedule.PopulationReferenceDate, ids, cancellationToken);
        var contacts = await directory.ContactsAsync(ContactRole.FinanceContact, ids ?? [.. rows.Select(r => r.AuthorityId)], cancellationToken);
        var overrides = await db.Set<FeeOverride>().AsNoTracking().Where(o => o.Year == year && (onlyAuthority == null || o.AuthorityId == onlyAuthority))
            .ToDictionaryAsync(o => o.AuthorityId, cancellationToken);
        var invoiced = (await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Origin == InvoiceOrigin.AnnualRun && i.FeeYear == year && (onlyAuthority == null || i.AuthorityId == onlyAuthority))
            .Select(i => new { i.AuthorityId, Existing = new ExistingInvoice(i.Id, i.Number, i.Total, i.RunId) })
            .ToListAsync(cancellationToken)).ToDictionary(i => i.AuthorityId, i => i.Existing);

        return [.. rows.Select(m =>
        {
            var population = populations.GetValueOrDefault(m.AuthorityId);
            var contact = contacts.GetValueOrDefault(m.AuthorityId);
            var address = string.IsNullOrWhiteSpace(m.BillingAddress) ? m.Address : m.BillingAddress;
            var billTo = new BillTo(address?.Trim() ?? "", contact?.FullName, contact?.Email, contact?.PreferredLanguage ?? m.PreferredLanguage);
            var feeOverride = overrides.GetValueOrDefault(m.AuthorityId);
            var quote = population is null ? null : FeeCalculator.Quote(schedule, m.Category, m.CountryCode, population.Population);
            var problems = new List<MemberFeeProblem>();
            if (feeOverride is null && population is null)
            {
                problems.Add(MemberFeeProblem.NoPopulation);
            }

            if (feeOverride is null && quote is { Error: FeeQuoteError.CategoryNotInSchedule or FeeQuoteError.NoBandForPopulation })
            {
                problems.Add(MemberFeeProblem.CategoryNotInSchedule);
            }

            if (string.IsNullOrWhiteSpace(address))
            {
                problems.Add(MemberFeeProblem.NoAddress);
            }

            if (string.IsNullOrWhiteSpace(contact?.Email))
            {
                problems.Add(MemberFeeProblem.NoFinanceContact);
            }

            decimal? due = feeOverride?.Amount
                ?? (quote is { Succeeded: true } ? FeeCalculator.ForJoiner(quote.Amount, schedule.JoinerRule, m.StartDate, year) : null);
            return new MemberFee(m.AuthorityId, m.OfficialName, m.CountryCode, m.PreferredLanguage, m.Category, m.StartDate, population,
                quote is { Succeeded: true } ? quote : null, feeOverride, due, billTo, problems, invoiced.GetValueOrDefault(m.AuthorityId));
        })];
    }
}
