using System.Text.Json.Serialization;
using Urbis.Web.Modules.Directory.Contracts;

namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>
/// What an authority answered on the application form, checked and typed. Kept whole as one JSON
/// document per version: it is read and shown whole, never queried piecemeal.
/// </summary>
internal sealed record ApplicationAnswers
{
    public string OfficialName { get; init; } = "";

    public AuthorityType AuthorityType { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; init; } = "";

    public string? Region { get; init; }

    public int Population { get; init; }

    public int PopulationYear { get; init; }

    public string Address { get; init; } = "";

    public string? Website { get; init; }

    public ContactDetails Applicant { get; init; } = ContactDetails.Empty;

    /// <summary>The elected representative who initiates and leads the local coalition.</summary>
    public ContactDetails Representative { get; init; } = ContactDetails.Empty;

    /// <summary>The local coordinator, when already appointed.</summary>
    public ContactDetails? Coordinator { get; init; }

    /// <summary>When no coordinator is appointed yet: how and by when one will be.</summary>
    public string? CoordinatorPlan { get; init; }

    public DateOnly? CoordinatorBy { get; init; }

    public CommitmentStatus Coalition { get; init; }

    /// <summary>Since when the coalition exists, or by when it will be created.</summary>
    public DateOnly CoalitionDate { get; init; }

    public IReadOnlyList<CoalitionPartner> Partners { get; init; } = [];

    public CommitmentStatus CouncilDecision { get; init; }

    /// <summary>When the council decided to join, or by when it will.</summary>
    public DateOnly CouncilDecisionDate { get; init; }

    public string? CouncilDecisionReference { get; init; }

    /// <summary>How the security policy is built into the social development policy.</summary>
    public string SocialDevelopment { get; init; } = "";

    public string CitizenParticipation { get; init; } = "";

    public string HumanRights { get; init; } = "";

    public string PreferredLanguage { get; init; } = "en";

    public HeardFrom HeardFrom { get; init; }

    public string? HeardFromDetail { get; init; }

    public IEnumerable<CoalitionPartner> PartnersOf(PartnerSector sector) => Partners.Where(p => p.Sector == sector);
}

internal sealed record ContactDetails(string Name, string Position, string Email, string? Phone)
{
    public static ContactDetails Empty { get; } = new("", "", "", null);
}

internal sealed record CoalitionPartner(PartnerSector Sector, string Name, string Role);

[JsonConverter(typeof(JsonStringEnumConverter<PartnerSector>))]
internal enum PartnerSector
{
    Public,
    Private,
    Voluntary,
}

/// <summary>Something already done (since a date) or promised (by a date).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CommitmentStatus>))]
internal enum CommitmentStatus
{
    Done,
    Committed,
}

/// <summary>How the applicant heard of the network.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HeardFrom>))]
internal enum HeardFrom
{
    MemberAuthority,
    Event,
    Website,
    Publication,
    NationalForum,
    Other,
}
