using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Administration.Users.List;

internal enum UserSort
{
    Name,
    LastSignIn,
    Created,
}

internal sealed record UserFilter(string? Search, string? Role, AccountStatus? Status, string? Authority, UserSort Sort, int Page);

internal sealed record UserListRow(
    Guid Id,
    string Name,
    string Email,
    AccountStatus Status,
    IReadOnlyList<string> Roles,
    string? AuthorityName,
    DateTime? LastSignInAt,
    DateTime CreatedAt);

internal sealed record UserList(IReadOnlyList<UserListRow> Rows, IReadOnlyDictionary<AccountStatus, int> Counts, int Total, int Page, int PageCount);

/// <summary>
/// One page of accounts in four queries whatever the page size: the counts per status, the page,
/// the page's roles, the page's authority names.
/// </summary>
internal sealed class UsersQuery(AppDbContext db, IAuthorityDirectory directory)
{
    public const int PageSize = 25;

    public async Task<UserList> RunAsync(UserFilter filter, CancellationToken cancellationToken)
    {
        var users = Filtered(filter);
        var groups = await users
            .GroupBy(u => new { u.IsActive, u.EmailConfirmed })
            .Select(g => new { g.Key.IsActive, g.Key.EmailConfirmed, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = Enum.GetValues<AccountStatus>().ToDictionary(
            s => s,
            s => groups.Where(g => AccountStatuses.Of(g.IsActive, g.EmailConfirmed) == s).Sum(g => g.Count));

        if (filter.Status is { } status)
        {
            users = users.Where(AccountStatuses.Is(status));
        }

        var total = filter.Status is { } only ? counts[only] : counts.Values.Sum();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await Sorted(users, filter.Sort)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive, u.EmailConfirmed, u.AuthorityId, u.LastSignInAt, u.CreatedAt })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        var authorityIds = rows.Where(r => r.AuthorityId is not null).Select(r => r.AuthorityId!.Value).Distinct().ToList();
        var authorities = authorityIds.Count == 0
            ? []
            : await directory.Query().Where(a => authorityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.OfficialName, cancellationToken);

        var list = rows.Select(r => new UserListRow(
            r.Id,
            r.DisplayName,
            r.Email ?? "",
            AccountStatuses.Of(r.IsActive, r.EmailConfirmed),
            AccountLabels.InOrder(roles[r.Id]),
            r.AuthorityId is { } a ? authorities.GetValueOrDefault(a) : null,
            r.LastSignInAt,
            r.CreatedAt)).ToList();
        return new UserList(list, counts, total, page, pageCount);
    }

    private IQueryable<User> Filtered(UserFilter filter)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = LikePattern.Contains(filter.Search);
            users = users.Where(u => EF.Functions.Like(u.DisplayName.ToLower(), pattern, LikePattern.Escape)
                || EF.Functions.Like(u.Email!.ToLower(), pattern, LikePattern.Escape));
        }

        if (filter.Role is { } roleName)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Authority))
        {
            var pattern = LikePattern.Contains(filter.Authority);
            users = users.Where(u => directory.Query().Any(a => a.Id == u.AuthorityId && EF.Functions.Like(a.OfficialName.ToLower(), pattern, LikePattern.Escape)));
        }

        return users;
    }

    private static IQueryable<User> Sorted(IQueryable<User> users, UserSort sort) => sort switch
    {
        // Never signed in goes last on both databases (they disagree on where nulls sort).
        UserSort.LastSignIn => users.OrderBy(u => u.LastSignInAt == null).ThenByDescending(u => u.LastSignInAt).ThenBy(u => u.DisplayName).ThenBy(u => u.Id),
        UserSort.Created => users.OrderByDescending(u => u.CreatedAt).ThenByDescending(u => u.Id),
        _ => users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ThenBy(u => u.Id),
    };
}
