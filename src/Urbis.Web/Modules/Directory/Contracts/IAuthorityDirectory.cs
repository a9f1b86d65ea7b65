namespace Urbis.Web.Modules.Directory.Contracts;

/// <summary>What other modules may ask the Directory about authorities.</summary>
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
}

internal sealed class AuthorityRow
{
    public Guid Id { get; init; }

    public string OfficialName { get; init; } = "";

    public string CountryCode { get; init; } = "";

    public int? Population { get; init; }
}
