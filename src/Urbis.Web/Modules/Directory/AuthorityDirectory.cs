using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Directory;

internal sealed class AuthorityDirectory(AppDbContext db, NetworkCalendar calendar) : IAuthorityDirectory
{
    public IQueryable<AuthorityRow> Query() =>
        db.Set<Authority>().AsNoTracking().Select(a => new AuthorityRow
        {
            Id = a.Id,
            OfficialName = a.OfficialName,
            CountryCode = a.CountryCode,
            Population = a.Population,
            Address = a.Address,
            BillingAddress = a.BillingAddress,
            PreferredLanguage = a.PreferredLanguage,
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

    public async Task<IReadOnlyDictionary<Guid, PopulationFigure>> PopulationsOnAsync(DateOnly date, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var figures = db.Set<AuthorityPopulation>().AsNoTracking().Where(p => p.ValidFrom <= date);
        if (ids is not null)
        {
            figures = figures.Where(p => ids.Contains(p.AuthorityId));
        }

        var latest = await figures
            .GroupBy(p => p.AuthorityId)
            .Select(g => g.OrderByDescending(p => p.ValidFrom).ThenByDescending(p => p.RecordedAt).First())
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(p => p.AuthorityId, p => new PopulationFigure(p.Population, p.Year, p.Source));
    }

    public async Task<IReadOnlyDictionary<Guid, ContactRow>> ContactsAsync(ContactRole role, IReadOnlyCollection<Guid> authorityIds, CancellationToken cancellationToken)
    {
        var rows = await Current(c => c.Role == role && authorityIds.Contains(c.AuthorityId)).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AuthorityId).ToDictionary(g => g.Key, g => g.First());
    }

    public async Task<IReadOnlyList<ContactRow>> ContactsOfAsync(Guid authorityId, CancellationToken cancellationToken) =>
        (await Current(c => c.AuthorityId == authorityId).ToListAsync(cancellationToken)).OrderBy(c => c.Role).ToList();

    /// <summary>Current roles matching the filter, with their person (filter first: EF cannot filter after projecting into a record).</summary>
    private IQueryable<ContactRow> Current(System.Linq.Expressions.Expression<Func<AuthorityContact, bool>> filter)
    {
        // The network's today, as the roles are assigned (a role given this morning counts at once).
        var today = calendar.Today;
        return from c in db.Set<AuthorityContact>().AsNoTracking().Where(filter)
               where c.Since <= today && (c.Until == null || c.Until >= today)
               join p in db.Set<Person>().AsNoTracking() on c.PersonId equals p.Id
               select new ContactRow(c.AuthorityId, p.Id, c.Role, p.FullName, p.Email, p.PreferredLanguage, p.UserId);
    }
}
