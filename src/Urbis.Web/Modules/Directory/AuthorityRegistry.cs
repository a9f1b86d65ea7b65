using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Directory;

internal sealed class AuthorityRegistry(AppDbContext db, TimeProvider clock) : IAuthorityRegistry
{
    public Guid Register(NewAuthority authority)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entity = new Authority
        {
            OfficialName = authority.OfficialName.Trim(),
            Type = authority.Type,
            CountryCode = authority.CountryCode.ToUpperInvariant(),
            Region = authority.Region,
            Population = authority.Population,
            PopulationYear = authority.PopulationYear,
            PopulationSource = authority.PopulationSource,
            Address = authority.Address,
            Website = authority.Website,
            PreferredLanguage = authority.PreferredLanguage,
            Latitude = authority.Latitude,
            Longitude = authority.Longitude,
            CreatedAt = now,
        };
        db.Add(entity);
        db.Add(NewFigure(entity.Id, authority.Population, authority.PopulationYear, authority.PopulationSource, now));
        return entity.Id;
    }

    public async Task RecordPopulationAsync(Guid authorityId, int population, int year, string? source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(NewFigure(authorityId, population, year, source, now));
        var authority = await db.Set<Authority>().FirstAsync(a => a.Id == authorityId, cancellationToken);
        if (authority.PopulationYear is null || year >= authority.PopulationYear)
        {
            authority.Population = population;
            authority.PopulationYear = year;
            authority.PopulationSource = source;
        }
    }

    public async Task<Guid> FindOrAddPersonAsync(NewPerson person, CancellationToken cancellationToken)
    {
        var email = person.Email?.Trim();
        if (!string.IsNullOrEmpty(email))
        {
            var lowered = email.ToLowerInvariant();
            var existing = db.Set<Person>().Local.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase))
                ?? await db.Set<Person>().FirstOrDefaultAsync(p => p.Email != null && p.Email.ToLower() == lowered, cancellationToken);
            if (existing is not null)
            {
                existing.UserId ??= person.UserId;
                return existing.Id;
            }
        }

        var entity = new Person
        {
            FullName = person.FullName.Trim(),
            Email = email,
            Phone = person.Phone,
            Position = person.Position,
            PreferredLanguage = person.PreferredLanguage,
            UserId = person.UserId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(entity);
        return entity.Id;
    }

    public async Task AssignAsync(Guid authorityId, Guid personId, ContactRole role, DateOnly since, CancellationToken cancellationToken)
    {
        var current = await db.Set<AuthorityContact>()
            .Where(c => c.AuthorityId == authorityId && c.Role == role && (c.Until == null || c.Until >= since))
            .ToListAsync(cancellationToken);
        if (current.Any(c => c.PersonId == personId))
        {
            return;
        }

        foreach (var previous in current)
        {
            previous.Until = since.AddDays(-1);
        }

        db.Add(new AuthorityContact { AuthorityId = authorityId, PersonId = personId, Role = role, Since = since });
    }

    public async Task EndAsync(Guid authorityId, ContactRole role, DateOnly since, CancellationToken cancellationToken)
    {
        foreach (var current in await db.Set<AuthorityContact>()
            .Where(c => c.AuthorityId == authorityId && c.Role == role && (c.Until == null || c.Until >= since)).ToListAsync(cancellationToken))
        {
            current.Until = since.AddDays(-1);
        }
    }

    public async Task RenamePersonAsync(Guid personId, string fullName, CancellationToken cancellationToken)
    {
        var person = db.Set<Person>().Local.FirstOrDefault(p => p.Id == personId)
            ?? await db.Set<Person>().FirstAsync(p => p.Id == personId, cancellationToken);
        person.FullName = fullName.Trim();
    }

    private static AuthorityPopulation NewFigure(Guid authorityId, int population, int year, string? source, DateTime now) => new()
    {
        AuthorityId = authorityId,
        Population = population,
        Year = year,
        Source = source,
        ValidFrom = new DateOnly(year, 1, 1),
        RecordedAt = now,
    };
}
