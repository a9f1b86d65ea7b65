using Urbis.Web.Modules.Directory.Contracts;

namespace Urbis.Web.Modules.Directory.Domain;

/// <summary>
/// A person the network deals with: an elected representative, a coordinator, a finance contact...
/// Not necessarily someone who signs in: <see cref="UserId"/> links the account when there is one.
/// </summary>
internal sealed class Person
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string FullName { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Job title or function, e.g. "Mayor", "Head of prevention".</summary>
    public string? Position { get; set; }

    /// <summary>The language to write to the person in: "en" or "fr".</summary>
    public string PreferredLanguage { get; set; } = "en";

    public Guid? UserId { get; set; }

    public DateTime CreatedAt { get; init; }
}

/// <summary>A person's role at an authority, over time (a new coordinator ends the previous one's role).</summary>
internal sealed class AuthorityContact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AuthorityId { get; init; }

    public Guid PersonId { get; init; }

    public ContactRole Role { get; init; }

    public DateOnly Since { get; init; }

    public DateOnly? Until { get; set; }

    public bool IsCurrent(DateOnly today) => Since <= today && (Until is null || Until >= today);
}

/// <summary>
/// An authority's population as recorded for a year (with its source). Fees use the figure valid on
/// the schedule's reference date; <see cref="Authority.Population"/> mirrors the latest one.
/// </summary>
internal sealed class AuthorityPopulation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AuthorityId { get; init; }

    public int Population { get; init; }

    public int Year { get; init; }

    public string? Source { get; init; }

    /// <summary>From when the figure applies (1 January of <see cref="Year"/> unless told otherwise).</summary>
    public DateOnly ValidFrom { get; init; }

    public DateTime RecordedAt { get; init; }
}
