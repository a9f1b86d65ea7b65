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
/// flight was measured to stall pages for a second (bench/FINDINGS.md). The count runs in a scope
/// of its own: the waiters share it, so it must not depend on the first caller's request (and its
/// DbContext) staying alive. A change of membership forgets it (<see cref="ForgetAsync"/>).
/// </summary>
internal sealed class MembershipFigures(IServiceScopeFactory scopes, HybridCache cache) : IMembershipFigures
{
    private const string Key = nameof(MembershipFigures);

    private static readonly HybridCacheEntryOptions Lifetime = new()
    {
        Expiration = TimeSpan.FromMinutes(5),
        LocalCacheExpiration = TimeSpan.FromMinutes(5),
    };

    public async Task<NetworkFigures> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(Key, ComputeAsync, Lifetime, cancellationToken: cancellationToken);

    /// <summary>
    /// After a committed change of membership (an approval): the next reader counts again. Other
    /// nodes keep their copy until it expires (HybridCache has no cross-node invalidation here).
    /// </summary>
    public ValueTask ForgetAsync(CancellationToken cancellationToken) => cache.RemoveAsync(Key, cancellationToken);

    private async ValueTask<NetworkFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<IAuthorityDirectory>();

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
