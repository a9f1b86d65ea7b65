using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Identity.Sessions;

namespace Urbis.Web.Platform.Administration.Users.Details;

internal sealed record UserDetails(
    Guid Id,
    string Name,
    string Email,
    string Language,
    AccountStatus Status,
    bool TwoFactor,
    IReadOnlyList<string> Roles,
    AuthorityRow? Authority,
    DateTime CreatedAt,
    DateTime? InvitedAt,
    bool InvitationExpired,
    DateTime? LastSignInAt,
    int OpenSessions);

internal sealed class UserDetailsQuery(AppDbContext db, IAuthorityDirectory directory, IOptions<InvitationTokenProviderOptions> invitations, TimeProvider clock)
{
    public async Task<UserDetails?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.PreferredLanguage, u.IsActive, u.EmailConfirmed, u.TwoFactorEnabled, u.AuthorityId, u.CreatedAt, u.InvitedAt, u.LastSignInAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userRole.UserId == id
                select role.Name!)
            .ToListAsync(cancellationToken);
        var authority = user.AuthorityId is { } authorityId ? await directory.FindAsync(authorityId, cancellationToken) : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await db.Set<UserSession>().CountAsync(s => s.UserId == id && s.ExpiresAt > now, cancellationToken);
        var status = AccountStatuses.Of(user.IsActive, user.EmailConfirmed);
        var expired = status == AccountStatus.InvitationPending && user.InvitedAt is { } invited && invited + invitations.Value.TokenLifespan < now;
        return new UserDetails(
            user.Id,
            user.DisplayName,
            user.Email ?? "",
            user.PreferredLanguage,
            status,
            user.TwoFactorEnabled,
            AccountLabels.InOrder(roles),
            authority,
            user.CreatedAt,
            user.InvitedAt,
            expired,
            user.LastSignInAt,
            sessions);
    }
}
