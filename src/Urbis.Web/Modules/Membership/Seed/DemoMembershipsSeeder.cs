using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership.Seed;

/// <summary>Every demo authority is a member since a year between 1990 and 2025; one in six is associate.</summary>
internal sealed class DemoMembershipsSeeder(AppDbContext db, IAuthorityDirectory directory, TimeProvider clock) : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Domain.Membership>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var authorities = await directory.AllIdsAsync(cancellationToken);
        for (var i = 0; i < authorities.Count; i++)
        {
            db.Add(new Domain.Membership
            {
                AuthorityId = authorities[i],
                Category = i % 6 == 5 ? MembershipCategory.Associate : MembershipCategory.Full,
                Status = MembershipStatus.Active,
                StartDate = new DateOnly(1990 + (i * 7 % 36), 1 + (i % 12), 1),
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
