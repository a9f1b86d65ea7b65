namespace Urbis.Web.Modules.Directory.Contracts;

/// <summary>What other modules may ask the Directory about authorities and their people.</summary>
internal interface IAuthorityDirectory
{
    /// <summary>
    /// A read-only view of authorities that other modules compose into their own queries
    /// (joins run in the database), without touching the Directory's entities.
    /// </summary>
    IQueryable<AuthorityRow> Query();

    /// <summary>Every authority's id, ordered by country and name.</summary>
    Task<IReadOnlyList<Guid>> AllIdsAsync(CancellationToken cancellationToken);

    Task<AuthorityRow?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Authorities whose name contains the text, for pickers (at most <paramref name="take"/>).</summary>
    Task<IReadOnlyList<AuthorityRow>> SearchAsync(string text, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Each authority's population as recorded on <paramref name="date"/> (the latest figure valid
    /// then); authorities without one are left out. Null <paramref name="ids"/>: every authority.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, PopulationFigure>> PopulationsOnAsync(DateOnly date, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken);

    /// <summary>The current holders of a role at the given authorities (one per authority at most).</summary>
    Task<IReadOnlyDictionary<Guid, ContactRow>> ContactsAsync(ContactRole role, IReadOnlyCollection<Guid> authorityIds, CancellationToken cancellationToken);

    /// <summary>Everyone currently holding a role at the authority.</summary>
    Task<IReadOnlyList<ContactRow>> ContactsOfAsync(Guid authorityId, CancellationToken cancellationToken);
}

internal sealed class AuthorityRow
{
    public Guid Id { get; init; }

    public string OfficialName { get; init; } = "";

    public string CountryCode { get; init; } = "";

    public int? Population { get; init; }

    public string? Address { get; init; }

    public string? BillingAddress { get; init; }

    public string PreferredLanguage { get; init; } = "en";
}

internal sealed record PopulationFigure(int Population, int Year, string? Source);

internal sealed record ContactRow(Guid AuthorityId, Guid PersonId, ContactRole Role, string FullName, string? Email, string PreferredLanguage, Guid? UserId);
