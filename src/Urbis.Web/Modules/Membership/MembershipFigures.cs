using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership;

/// <summary>
/// Counts active member authorities per country. Public pages show these on every visit, so the
/// result is kept for a few minutes (a figure a few minutes old is fine there). HybridCache lets
/// one request compute it when it expires while the others wait for that result: the count is
/// linear in the number of members (about 0.1 s at 100,000), and computing it once per request in
/// flight was measured to stall pages for a second (bench/FINDINGS.md).
/// </summary>
internal sealed class MembershipFigures(AppDbContext db, IAuthorityDirectory directory, HybridCache cache) : IMembershipFigures
{
    private static readonly HybridCacheEntryOptions Lifetime = new()
    {
        Expiration = TimeSpan.FromMinutes(5),
        LocalCacheExpiration = TimeSpan.FromMinutes(5),
    };

    public async Task<NetworkFigures> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(nameof(MembershipFigures), ComputeAsync, Lifetime, cancellationToken: cancellationToken);

    private async ValueTask<NetworkFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        // An authority counts once, however many active memberships it has.
        var members = db.Set<Domain.Membership>().AsNoTracking()
            .Where(m => m.Status == MembershipStatus.Active)
            .Select(m => m.AuthorityId)
            .Distinct();
        var rows = await (
                from a in directory.Query()
                where members.Contains(a.Id)
                group a by a.CountryCode into country
                select new CountryFigure(country.Key, country.Count()))
            .ToListAsync(cancellationToken);
        var byCountry = rows.OrderByDescending(r => r.Members).ThenBy(r => r.CountryCode, StringComparer.Ordinal).ToList();
        return new NetworkFigures(byCountry.Sum(r => r.Members), byCountry.Count, byCountry);
    }
}
