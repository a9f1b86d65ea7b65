using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>How one membership category's fee is set: population bands or a formula.</summary>
internal sealed class CategoryFee
{
    public MembershipCategory Category { get; set; }

    public FeeMethod Method { get; set; }

    /// <summary>Ordered from 1 inhabitant upwards; the last one is open-ended (<see cref="FeeBand.To"/> null).</summary>
    public List<FeeBand> Bands { get; set; } = [];

    public FeeFormula? Formula { get; set; }
}

internal enum FeeMethod
{
    Bands,
    Formula,
}

/// <summary>From–to inhabitants (both included) → the annual amount.</summary>
internal sealed class FeeBand
{
    public int From { get; set; }

    /// <summary>Null: and above.</summary>
    public int? To { get; set; }

    public decimal Amount { get; set; }

    public bool Contains(long population) => population >= From && (To is null || population <= To);
}

/// <summary>Base + rate × inhabitants, kept between a minimum and an optional maximum.</summary>
internal sealed class FeeFormula
{
    public const int RateDecimals = 6;

    public decimal Base { get; set; }

    public decimal PerInhabitant { get; set; }

    public decimal Minimum { get; set; }

    public decimal? Maximum { get; set; }
}

/// <summary>Countries whose fees are multiplied by a factor (e.g. 0.6 for lower-income countries).</summary>
internal sealed class CountryGroup
{
    public string Name { get; set; } = "";

    public decimal Factor { get; set; } = 1m;

    public List<string> Countries { get; set; } = [];
}
