using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership;

/// <summary>
/// Counts active members per country. Public pages show these on every visit, so the result is
/// kept for a few minutes; a figure a few minutes old is fine on a public page.
/// </summary>
internal sealed class MembershipFigures(AppDbContext db, IAuthorityDirectory directory, IMemoryCache cache) : IMembershipFigures
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<NetworkFigures> GetAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(nameof(MembershipFigures), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            var rows = await (
                    from m in db.Set<Domain.Membership>().AsNoTracking()
                    where m.Status == MembershipStatus.Active
                    join a in directory.Query() on m.AuthorityId equals a.Id
                    group a by a.CountryCode into country
                    select new CountryFigure(country.Key, country.Count()))
                .ToListAsync(cancellationToken);
            var byCountry = rows.OrderByDescending(r => r.Members).ThenBy(r => r.CountryCode, StringComparer.Ordinal).ToList();
            return new NetworkFigures(byCountry.Sum(r => r.Members), byCountry.Count, byCountry);
        }))!;
}
