using System.Globalization;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.Bench;

internal sealed record SyntheticNetwork(IReadOnlyList<Authority> Authorities, IReadOnlyList<Membership> Memberships)
{
    /// <summary>
    /// N authorities drawn from the places in order; past the last place the list starts again with
    /// a suffix ("Lyon 2", "Lyon 3"), so names stay realistic and distinct. Each has an active
    /// membership, one in six associate, as in the demo network.
    /// </summary>
    public static SyntheticNetwork Build(IReadOnlyList<City> places, int count, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var authorities = new List<Authority>(count);
        var memberships = new List<Membership>(count);
        for (var i = 0; i < count; i++)
        {
            var place = places[i % places.Count];
            var round = i / places.Count;
            var authority = new Authority
            {
                OfficialName = round == 0 ? place.Name : string.Create(CultureInfo.InvariantCulture, $"{place.Name} {round + 1}"),
                Type = place.Population >= 100_000 ? AuthorityType.City : AuthorityType.Municipality,
                CountryCode = place.Country,
                Population = place.Population,
                PopulationYear = 2024,
                PopulationSource = "GeoNames",
                Latitude = place.Latitude,
                Longitude = place.Longitude,
                CreatedAt = now,
            };
            authorities.Add(authority);
            memberships.Add(new Membership
            {
                AuthorityId = authority.Id,
                Category = i % 6 == 5 ? MembershipCategory.Associate : MembershipCategory.Full,
                Status = MembershipStatus.Active,
                StartDate = new DateOnly(1990 + (i * 7 % 36), 1 + (i % 12), 1),
                CreatedAt = now,
            });
        }

        return new SyntheticNetwork(authorities, memberships);
    }
}
