using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Directory.MembersHome;

internal sealed record MyAuthority(Guid Id, string Name, AuthorityType Type, string CountryCode, int? Population, int? PopulationYear);

/// <summary>
/// The members' home: the person's authority, the network at a glance and, for coordinators, the
/// way to their authority's people. Member users and coordinators, and the secretariat.
/// </summary>
[Authorize(Policy = Policies.Members)]
internal sealed class MembersHomeModel(AppDbContext db, IMembershipFigures figures) : PageModel
{
    public const int TopCountries = 5;

    internal MyAuthority? Authority { get; private set; }

    internal NetworkFigures Network { get; private set; } = new(0, 0, []);

    public bool IsCoordinator => User.IsInRole(Roles.MemberCoordinator);

    public bool IsSecretariat => User.IsSecretariat();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.AuthorityId() is { } id)
        {
            Authority = await db.Set<Authority>().AsNoTracking()
                .Where(a => a.Id == id)
                .Select(a => new MyAuthority(a.Id, a.OfficialName, a.Type, a.CountryCode, a.Population, a.PopulationYear))
                .FirstOrDefaultAsync(cancellationToken);
        }

        Network = await figures.GetAsync(cancellationToken);
    }
}
