using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Fees.Contracts;

/// <summary>The published fee scale, for the public pages and for other modules.</summary>
internal interface IFeeScale
{
    /// <summary>The published scale of the year, or null when there is none yet ("fees on request").</summary>
    Task<PublishedFeeScale?> PublishedAsync(int year, CancellationToken cancellationToken);

    /// <summary>
    /// The year's fee for an authority of that category, country and population, with the band or
    /// formula that gave it; null when the year has no published scale, the category is not priced
    /// or the population is not positive.
    /// </summary>
    Task<FeeEstimate?> EstimateAsync(int year, MembershipCategory category, string? countryCode, long population, CancellationToken cancellationToken);
}

/// <summary>A published year's fees, as pages show them.</summary>
internal sealed record PublishedFeeScale(int Year, string Currency, IReadOnlyList<CategoryScale> Categories, IReadOnlyList<CountryGroupScale> CountryGroups);

internal sealed record CategoryScale(MembershipCategory Category, IReadOnlyList<BandScale> Bands, FormulaScale? Formula);

internal sealed record BandScale(int From, int? To, decimal Amount);

internal sealed record FormulaScale(decimal Base, decimal PerInhabitant, decimal Minimum, decimal? Maximum);

internal sealed record CountryGroupScale(string Name, decimal Factor, IReadOnlyList<string> Countries);

internal sealed record FeeEstimate(decimal Amount, string Currency, BandScale? Band, FormulaScale? Formula, decimal AmountBeforeFactor, CountryGroupScale? Group);
