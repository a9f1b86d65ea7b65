using Microsoft.EntityFrameworkCore;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Modules.Membership.Applications;

internal sealed record StaffMember(Guid Id, string Name);

/// <summary>The people an application can be assigned to: active secretariat staff and administrators.</summary>
internal sealed class StaffMembers(AppDbContext db)
{
    public async Task<IReadOnlyList<StaffMember>> AllAsync(CancellationToken cancellationToken) =>
        await (
                from user in db.Users.AsNoTracking()
                where user.IsActive && db.UserRoles.Any(ur => ur.UserId == user.Id
                    && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.SecretariatStaff || r.Name == Roles.Administrator)))
                orderby user.DisplayName
                select new StaffMember(user.Id, user.DisplayName))
            .ToListAsync(cancellationToken);
}
