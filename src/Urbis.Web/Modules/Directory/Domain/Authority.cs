using Urbis.Web.Modules.Directory.Contracts;

namespace Urbis.Web.Modules.Directory.Domain;

/// <summary>
/// A local or regional authority (or another organisation of the network: national forum, partner).
/// </summary>
internal sealed class Authority
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string OfficialName { get; set; } = "";

    public AuthorityType Type { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; set; } = "";

    public string? Region { get; set; }

    public int? Population { get; set; }

    public int? PopulationYear { get; set; }

    public string? PopulationSource { get; set; }

    public string? Address { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Website { get; set; }

    /// <summary>Where invoices go when it differs from <see cref="Address"/>.</summary>
    public string? BillingAddress { get; set; }

    /// <summary>The language the network writes to the authority in (invoices, reminders): "en" or "fr".</summary>
    public string PreferredLanguage { get; set; } = "en";

    public DateTime CreatedAt { get; init; }
}
