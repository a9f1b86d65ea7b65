using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Modules.Directory.AuthorityPeople;

internal sealed record Person(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, AccountStatus Status, DateTime? LastSignInAt)
{
    /// <summary>Only member users are managed here; coordinators and staff are the secretariat's business.</summary>
    public bool IsMemberUserOnly => Roles is [Platform.Identity.Roles.MemberUser];
}

internal sealed record AuthorityPeoplePage(Guid AuthorityId, string AuthorityName, IReadOnlyList<Person> People, int Total, int Page, int PageCount);

/// <summary>An authority's accounts, 25 a page, with their roles in one query.</summary>
internal sealed class PeopleQuery(AppDbContext db)
{
    public const int PageSize = 25;

    public async Task<AuthorityPeoplePage?> RunAsync(Guid authorityId, int page, CancellationToken cancellationToken)
    {
        var name = await db.Set<Authority>().Where(a => a.Id == authorityId).Select(a => a.OfficialName).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var users = db.Users.AsNoTracking().Where(u => u.AuthorityId == authorityId);
        var total = await users.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive, u.EmailConfirmed, u.LastSignInAt })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        var people = rows.Select(r => new Person(
            r.Id,
            r.DisplayName,
            r.Email ?? "",
            AccountLabels.InOrder(roles[r.Id]),
            AccountStatuses.Of(r.IsActive, r.EmailConfirmed),
            r.LastSignInAt)).ToList();
        return new AuthorityPeoplePage(authorityId, name, people, total, page, pageCount);
    }

    /// <summary>The account if it belongs to the authority, with its roles.</summary>
    public async Task<(Guid Id, IReadOnlyList<string> Roles)?> MemberOfAsync(Guid authorityId, Guid userId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.AuthorityId == authorityId, cancellationToken))
        {
            return null;
        }

        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userRole.UserId == userId
                select role.Name!)
            .ToListAsync(cancellationToken);
        return (userId, roles);
    }
}
