using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Directory.Audit;

/// <summary>
/// The Directory's records in the audit log: people by name, a role by who holds it where, a
/// population figure by authority and year. (Authorities themselves are named by the log, which
/// also names them wherever an AuthorityId appears among the values.)
/// </summary>
internal sealed class DirectoryAuditVocabulary(AppDbContext db, IStringLocalizer<DirectoryAuditResource> l) : IAuditVocabulary
{
    public string? EntityType(string entityType) => entityType switch
    {
        "Person" => l["Person"].Value,
        "AuthorityContact" => l["Role at an authority"].Value,
        "AuthorityPopulation" => l["Population figure"].Value,
        _ => null,
    };

    public string? Action(string action) => null;

    public async Task<IReadOnlyDictionary<string, AuditRecord>> RecordsAsync(string entityType, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var ids = entityIds.Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        IEnumerable<(Guid Id, string Name)> records = entityType switch
        {
            "Person" => (await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.FullName }).ToListAsync(cancellationToken))
                .Select(p => (p.Id, (string)l["Person: {0}", p.FullName])),
            "AuthorityContact" => (await (from c in db.Set<AuthorityContact>().AsNoTracking()
                                          where ids.Contains(c.Id)
                                          join p in db.Set<Person>().AsNoTracking() on c.PersonId equals p.Id
                                          join a in db.Set<Authority>().AsNoTracking() on c.AuthorityId equals a.Id
                                          select new { c.Id, c.Role, p.FullName, a.OfficialName }).ToListAsync(cancellationToken))
                .Select(c => (c.Id, (string)l["{0}, {1} of {2}", c.FullName, Role(c.Role), c.OfficialName])),
            "AuthorityPopulation" => (await (from f in db.Set<AuthorityPopulation>().AsNoTracking()
                                             where ids.Contains(f.Id)
                                             join a in db.Set<Authority>().AsNoTracking() on f.AuthorityId equals a.Id
                                             select new { f.Id, f.Year, a.OfficialName }).ToListAsync(cancellationToken))
                .Select(f => (f.Id, (string)l["Population of {0} in {1}", f.OfficialName, f.Year])),
            _ => [],
        };
        return records.ToDictionary(r => r.Id.ToString(), r => new AuditRecord(r.Name));
    }

    private string Role(ContactRole role) => role switch
    {
        ContactRole.ElectedRepresentative => l["elected representative"],
        ContactRole.Coordinator => l["coordinator"],
        ContactRole.TechnicalContact => l["technical contact"],
        ContactRole.FinanceContact => l["finance contact"],
        _ => role.ToString(),
    };
}
