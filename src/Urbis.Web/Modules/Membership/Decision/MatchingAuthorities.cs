using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.Web.Modules.Membership.Decision;

internal sealed record MatchingAuthority(Guid Id, string Name, int? Population);

/// <summary>
/// Authorities already in the Directory with the applicant's name and country (a former member, a
/// partner organisation): approval can link the record instead of making a second one.
/// </summary>
internal sealed class MatchingAuthorities(IAuthorityDirectory directory)
{
    public async Task<IReadOnlyList<MatchingAuthority>> FindAsync(Application application, CancellationToken cancellationToken)
    {
        var country = application.CountryCode;
        var candidates = await directory.Query().Where(a => a.CountryCode == country)
            .Select(a => new MatchingAuthority(a.Id, a.OfficialName, a.Population))
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(c => NameNormaliser.Normalise(c.Name) == application.NormalisedName)];
    }
}
