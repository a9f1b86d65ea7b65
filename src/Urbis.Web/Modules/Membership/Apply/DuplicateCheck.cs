using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership.Apply;

internal enum KnownAs
{
    Member,
    OpenApplication,
}

/// <summary>An authority the network already knows under the applied-for name, and how.</summary>
internal sealed record KnownAuthority(KnownAs Kind, string Name, string? Reference);

/// <summary>
/// Finds a member (active or suspended membership) or an open application with the same name in the
/// same country, names compared after <see cref="NameNormaliser"/>. Members of one country are few,
/// so their names are normalised here rather than stored normalised by the Directory.
/// </summary>
internal sealed class DuplicateCheck(AppDbContext db, IAuthorityDirectory directory)
{
    public async Task<KnownAuthority?> FindAsync(string countryCode, string name, Guid? except, CancellationToken cancellationToken)
    {
        var normalised = NameNormaliser.Normalise(name);
        var open = ApplicationRules.OpenStates;
        var application = await db.Set<Application>().AsNoTracking()
            .Where(a => a.CountryCode == countryCode && a.NormalisedName == normalised && open.Contains(a.State) && a.Id != except)
            .Select(a => new { a.AuthorityName, a.Reference })
            .FirstOrDefaultAsync(cancellationToken);
        if (application is not null)
        {
            return new KnownAuthority(KnownAs.OpenApplication, application.AuthorityName, application.Reference);
        }

        var members = await (
                from m in db.Set<Domain.Membership>().AsNoTracking()
                where m.Status == MembershipStatus.Active || m.Status == MembershipStatus.Suspended
                join a in directory.Query() on m.AuthorityId equals a.Id
                where a.CountryCode == countryCode
                select a.OfficialName)
            .ToListAsync(cancellationToken);
        var member = members.FirstOrDefault(m => NameNormaliser.Normalise(m) == normalised);
        return member is null ? null : new KnownAuthority(KnownAs.Member, member, null);
    }
}
