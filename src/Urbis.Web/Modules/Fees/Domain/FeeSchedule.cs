using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>
/// The membership fees of one year: per membership category, population bands or a formula, and
/// optional factors per country group. A draft can change; publishing freezes it for good (a
/// mistake is fixed by the next year's schedule, never by editing a published one).
/// </summary>
internal sealed class FeeSchedule
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Year { get; init; }

    public string Currency { get; init; } = "EUR";

    public FeeScheduleStatus Status { get; private set; } = FeeScheduleStatus.Draft;

    public DateTime? PublishedAt { get; private set; }

    /// <summary>How members who join during the year are invoiced for it.</summary>
    public JoinerRule JoinerRule { get; set; } = JoinerRule.ProRataByQuarter;

    /// <summary>Populations are taken as recorded on this date (by default 1 January of the year).</summary>
    public DateOnly PopulationReferenceDate { get; set; }

    public List<CategoryFee> Categories { get; init; } = [];

    public List<CountryGroup> CountryGroups { get; init; } = [];

    public bool IsPublished => Status == FeeScheduleStatus.Published;

    public static FeeSchedule Draft(int year) => new() { Year = year, PopulationReferenceDate = new DateOnly(year, 1, 1) };

    public CategoryFee? For(MembershipCategory category) => Categories.FirstOrDefault(c => c.Category == category);

    public CountryGroup? GroupOf(string countryCode) =>
        CountryGroups.FirstOrDefault(g => g.Countries.Contains(countryCode, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Replaces the draft's content when the result is valid; returns why not otherwise (and then
    /// changes nothing). A published schedule refuses every change.
    /// </summary>
    public IReadOnlyList<FeeScheduleError> Revise(JoinerRule joinerRule, DateOnly referenceDate, IReadOnlyList<CategoryFee> categories, IReadOnlyList<CountryGroup> groups)
    {
        if (IsPublished)
        {
            return [new FeeScheduleError(FeeScheduleErrorCode.AlreadyPublished)];
        }

        var candidate = new FeeSchedule { Year = Year, Currency = Currency, JoinerRule = joinerRule, PopulationReferenceDate = referenceDate };
        candidate.Categories.AddRange(categories);
        candidate.CountryGroups.AddRange(groups);
        var errors = FeeScheduleRules.Validate(candidate);
        if (errors.Count == 0)
        {
            JoinerRule = joinerRule;
            PopulationReferenceDate = referenceDate;
            Categories.Clear();
            Categories.AddRange(categories);
            CountryGroups.Clear();
            CountryGroups.AddRange(groups);
        }

        return errors;
    }

    /// <summary>Freezes the schedule if it is valid; returns the reasons it is not.</summary>
    public IReadOnlyList<FeeScheduleError> Publish(DateTime utcNow)
    {
        var errors = FeeScheduleRules.Validate(this);
        if (IsPublished)
        {
            return [new FeeScheduleError(FeeScheduleErrorCode.AlreadyPublished)];
        }

        if (errors.Count == 0)
        {
            Status = FeeScheduleStatus.Published;
            PublishedAt = utcNow;
        }

        return errors;
    }

    /// <summary>
    /// A draft for another year with the same structure and every amount raised by
    /// <paramref name="upliftPercent"/>, rounded to the nearest <paramref name="roundingStep"/>.
    /// </summary>
    public FeeSchedule CopyForYear(int year, decimal upliftPercent, decimal roundingStep)
    {
        var factor = 1m + (upliftPercent / 100m);
        decimal Raise(decimal amount) => FeeRounding.ToStep(amount * factor, roundingStep);
        var copy = Draft(year);
        copy.JoinerRule = JoinerRule;
        copy.Categories.AddRange(Categories.Select(c => new CategoryFee
        {
            Category = c.Category,
            Method = c.Method,
            Bands = [.. c.Bands.Select(b => new FeeBand { From = b.From, To = b.To, Amount = Raise(b.Amount) })],
            Formula = c.Formula is null ? null : new FeeFormula
            {
                Base = Raise(c.Formula.Base),
                PerInhabitant = decimal.Round(c.Formula.PerInhabitant * factor, FeeFormula.RateDecimals, MidpointRounding.AwayFromZero),
                Minimum = Raise(c.Formula.Minimum),
                Maximum = c.Formula.Maximum is { } max ? Raise(max) : null,
            },
        }));
        copy.CountryGroups.AddRange(CountryGroups.Select(g => new CountryGroup { Name = g.Name, Factor = g.Factor, Countries = [.. g.Countries] }));
        return copy;
    }
}

internal enum FeeScheduleStatus
{
    Draft,
    Published,
}

/// <summary>How a member that joins during the year is invoiced for that year.</summary>
internal enum JoinerRule
{
    /// <summary>The whole year's fee.</summary>
    FullYear,

    /// <summary>The quarters left, the joining quarter included (joining in May: 3/4).</summary>
    ProRataByQuarter,

    /// <summary>Nothing for the joining year; fees start the next 1 January.</summary>
    FromNextYear,
}
