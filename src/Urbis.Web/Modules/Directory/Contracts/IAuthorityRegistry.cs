namespace Urbis.Web.Modules.Directory.Contracts;

/// <summary>
/// How other modules add to the Directory (e.g. approving an application). Changes are added to the
/// caller's unit of work: they are saved, and audited, with the caller's SaveChanges.
/// </summary>
internal interface IAuthorityRegistry
{
    /// <summary>Adds an authority and its first population record; returns its id.</summary>
    Guid Register(NewAuthority authority);

    /// <summary>Records a population figure for a year (and mirrors it on the authority when it is the latest).</summary>
    Task RecordPopulationAsync(Guid authorityId, int population, int year, string? source, CancellationToken cancellationToken);

    /// <summary>The person with this e-mail address (ignoring case), or a new one; returns the id.</summary>
    Task<Guid> FindOrAddPersonAsync(NewPerson person, CancellationToken cancellationToken);

    /// <summary>Makes the person the holder of the role from <paramref name="since"/>; the previous holder's role ends the day before.</summary>
    Task AssignAsync(Guid authorityId, Guid personId, ContactRole role, DateOnly since, CancellationToken cancellationToken);

    /// <summary>Ends the role's current holding the day before <paramref name="since"/> (nobody holds it afterwards).</summary>
    Task EndAsync(Guid authorityId, ContactRole role, DateOnly since, CancellationToken cancellationToken);

    /// <summary>Corrects how a person's name is written (a typo, a new surname).</summary>
    Task RenamePersonAsync(Guid personId, string fullName, CancellationToken cancellationToken);
}

internal sealed record NewAuthority(
    string OfficialName,
    AuthorityType Type,
    string CountryCode,
    string? Region,
    int Population,
    int PopulationYear,
    string? PopulationSource,
    string? Address,
    string? Website,
    string PreferredLanguage,
    double? Latitude = null,
    double? Longitude = null);

internal sealed record NewPerson(string FullName, string? Email, string? Phone, string? Position, string PreferredLanguage, Guid? UserId = null);
