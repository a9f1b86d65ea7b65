using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Directory;

internal sealed class AuthorityDirectory(AppDbContext db) : IAuthorityDirectory
{
    public IQueryable<AuthorityRow> Query() =>
        db.Set<Authority>().AsNoTracking().Select(a => new AuthorityRow
        {
            Id = a.Id,
            OfficialName = a.OfficialName,
            CountryCode = a.CountryCode,
            Population = a.Population,
        });

    public async Task<IReadOnlyList<Guid>> AllIdsAsync(CancellationToken cancellationToken) =>
        await db.Set<Authority>().OrderBy(a => a.CountryCode).ThenBy(a => a.OfficialName).Select(a => a.Id).ToListAsync(cancellationToken);

    public Task<AuthorityRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Query().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<IReadOnlyList<AuthorityRow>> SearchAsync(string text, int take, CancellationToken cancellationToken)
    {
        var escaped = text.Trim().ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        var pattern = $"%{escaped}%";
        return await Query()
            .Where(a => EF.Functions.Like(a.OfficialName.ToLower(), pattern, "\\"))
            .OrderBy(a => a.OfficialName)
            .Take(take)
            .ToListAsync(cancellationToken);
    }
}
