using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Membership.MyMembership;

internal sealed record MembershipView(Domain.Membership? Current, IReadOnlyList<FollowUp> OpenFollowUps, IReadOnlyList<ContactRow> People);

/// <summary>
/// The member's own membership: the authority's profile, its membership (category, status, since
/// when), the conditions still to be met and its people; coordinators may correct the profile.
/// Member users and coordinators (their own authority), and the secretariat.
/// </summary>
[Authorize(Policy = Policies.Members)]
internal sealed class MyMembershipModel(AppDbContext db, IAuthorityDirectory directory, IAuthorizationService authorization) : PageModel
{
    internal AuthorityRow? Authority { get; private set; }

    internal MembershipView? Membership { get; private set; }

    public bool MayEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.AuthorityId() is not { } id || await directory.FindAsync(id, cancellationToken) is not { } authority)
        {
            return;
        }

        Authority = authority;
        var membership = await db.Set<Domain.Membership>().AsNoTracking()
            .Where(m => m.AuthorityId == id)
            .OrderByDescending(m => m.StartDate)
            .FirstOrDefaultAsync(cancellationToken);
        var followUps = await db.Set<FollowUp>().AsNoTracking()
            .Where(f => f.AuthorityId == id && f.Status == FollowUpStatus.Open)
            .OrderBy(f => f.DueDate)
            .ToListAsync(cancellationToken);
        Membership = new MembershipView(membership, followUps, await directory.ContactsOfAsync(id, cancellationToken));
        MayEdit = (await authorization.AuthorizeAsync(User, new AuthorityResource(id), AuthorityOperations.Manage)).Succeeded;
    }
}
