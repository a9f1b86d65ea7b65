using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Sessions;

namespace Urbis.Web.Platform.Identity.Account.Overview;

internal sealed record AccountSummary(
    string Email,
    IReadOnlyList<string> Roles,
    string? AuthorityName,
    bool TwoFactorEnabled,
    IReadOnlyList<SessionRow> Sessions);

/// <summary>A live session of the person, as they may see it (never its key).</summary>
internal sealed record SessionRow(DateTime StartedAt, DateTime LastSeenAt, bool IsCurrent);

/// <summary>Reads what the account page shows about a person.</summary>
internal sealed class AccountSummaryQuery(
    AppDbContext db,
    IAuthorityDirectory directory,
    IOptions<UserSessionOptions> sessionOptions,
    TimeProvider clock)
{
    public async Task<AccountSummary> LoadAsync(User user, IList<string> roles, string? currentSessionKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var startedAfter = now - sessionOptions.Value.AbsoluteLifetime;
        var sessions = await db.Set<UserSession>().AsNoTracking()
            .Where(s => s.UserId == user.Id && s.ExpiresAt > now && s.CreatedAt > startedAfter)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new { s.Key, s.CreatedAt, s.LastSeenAt })
            .ToListAsync(cancellationToken);
        var authority = user.AuthorityId is { } id ? await directory.FindAsync(id, cancellationToken) : null;
        return new AccountSummary(
            user.Email ?? "",
            [.. Identity.Roles.All.Where(roles.Contains)],
            authority?.OfficialName,
            user.TwoFactorEnabled,
            [.. sessions.Select(s => new SessionRow(s.CreatedAt, s.LastSeenAt, s.Key == currentSessionKey)).OrderByDescending(s => s.IsCurrent)]);
    }
}
