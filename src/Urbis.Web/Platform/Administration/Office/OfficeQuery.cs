using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Administration.AuditLog;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Administration.Office;

internal sealed record RoleFigure(string Role, int Active, int Pending, int Deactivated);

internal sealed record AccountFigures(IReadOnlyList<RoleFigure> ByRole, int PendingInvitations, int ExpiredInvitations);

/// <summary>The back office's figures about accounts and the latest audit entries.</summary>
internal sealed class OfficeQuery(AppDbContext db, AuditEntryFormatter formatter, IOptions<InvitationTokenProviderOptions> invitations, TimeProvider clock)
{
    public const int LatestEntries = 10;

    public async Task<AccountFigures> AccountsAsync(CancellationToken cancellationToken)
    {
        var rows = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                join user in db.Users on userRole.UserId equals user.Id
                group user by new { role.Name, user.IsActive, user.EmailConfirmed } into g
                select new { g.Key.Name, g.Key.IsActive, g.Key.EmailConfirmed, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byRole = Roles.All.Select(role =>
        {
            int Count(AccountStatus status) => rows.Where(r => r.Name == role && AccountStatuses.Of(r.IsActive, r.EmailConfirmed) == status).Sum(r => r.Count);
            return new RoleFigure(role, Count(AccountStatus.Active), Count(AccountStatus.InvitationPending), Count(AccountStatus.Deactivated));
        }).ToList();

        var expiredBefore = clock.GetUtcNow().UtcDateTime - invitations.Value.TokenLifespan;
        var pending = await db.Users.Where(AccountStatuses.Is(AccountStatus.InvitationPending))
            .GroupBy(u => u.InvitedAt != null && u.InvitedAt < expiredBefore)
            .Select(g => new { Expired = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new AccountFigures(byRole, pending.Sum(p => p.Count), pending.Where(p => p.Expired).Sum(p => p.Count));
    }

    public async Task<IReadOnlyList<AuditEntryView>> LatestAuditAsync(CancellationToken cancellationToken)
    {
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(LatestEntries)
            .ToListAsync(cancellationToken);
        return await formatter.FormatAsync(entries, cancellationToken);
    }
}
