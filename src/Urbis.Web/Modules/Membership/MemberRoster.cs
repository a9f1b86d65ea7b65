using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership;

internal sealed class MemberRoster(AppDbContext db) : IMemberRoster
{
    public IQueryable<MembershipRow> Query() =>
        db.Set<Domain.Membership>().AsNoTracking().Select(m => new MembershipRow
        {
            MembershipId = m.Id,
            AuthorityId = m.AuthorityId,
            Category = m.Category,
            Status = m.Status,
            StartDate = m.StartDate,
            EndDate = m.EndDate,
        });

    public IQueryable<MembershipRow> ActiveDuring(int year)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var yearStart = new DateOnly(year, 1, 1);
        return Query().Where(m => m.Status == MembershipStatus.Active && m.StartDate <= yearEnd && (m.EndDate == null || m.EndDate >= yearStart));
    }
}
