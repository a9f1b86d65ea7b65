using System.Globalization;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Fees.Schedules;

/// <summary>
/// A draft scale as a form: every category (priced or not), its bands (with two blank rows to add
/// more) or its formula, and the country groups (with a blank row). Amounts stay text until read,
/// so what was typed is shown again as typed.
/// </summary>
internal sealed class ScheduleForm
{
    public const int BlankBands = 2;

    public string? JoinerRule { get; set; }

    public string? ReferenceDate { get; set; }

    public List<CategoryForm> Categories { get; set; } = [];

    public List<GroupForm> Groups { get; set; } = [];

    public static ScheduleForm From(FeeSchedule schedule) => new()
    {
        JoinerRule = schedule.JoinerRule.ToString(),
        ReferenceDate = schedule.PopulationReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Categories = [.. Enum.GetValues<MembershipCategory>().Select(c => schedule.For(c) is { } fee ? CategoryForm.From(fee) : CategoryForm.Empty(c))],
        Groups = [.. schedule.CountryGroups.Select(g => new GroupForm { Name = g.Name, Factor = g.Factor.ToString("0.####", CultureInfo.CurrentCulture), Countries = string.Join(", ", g.Countries) }), new GroupForm()],
    };
}

internal sealed class CategoryForm
{
    public MembershipCategory Category { get; set; }

    public bool Priced { get; set; }

    public FeeMethod Method { get; set; }

    public List<BandForm> Bands { get; set; } = [];

    public string? Base { get; set; }

    public string? PerInhabitant { get; set; }

    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    public static CategoryForm From(CategoryFee fee) => new()
    {
        Category = fee.Category,
        Priced = true,
        Method = fee.Method,
        Bands = [.. fee.Bands.Select(b => new BandForm { From = Count(b.From), To = b.To is { } to ? Count(to) : "", Amount = Amount(b.Amount) }), .. Blank()],
        Base = fee.Formula is { } f ? Amount(f.Base) : "",
        PerInhabitant = fee.Formula?.PerInhabitant.ToString("0.######", CultureInfo.CurrentCulture) ?? "",
        Minimum = fee.Formula is { } m ? Amount(m.Minimum) : "",
        Maximum = fee.Formula?.Maximum is { } max ? Amount(max) : "",
    };

    public static CategoryForm Empty(MembershipCategory category) => new() { Category = category, Method = FeeMethod.Bands, Bands = [.. Blank()] };

    private static IEnumerable<BandForm> Blank() => Enumerable.Range(0, ScheduleForm.BlankBands).Select(_ => new BandForm());

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.CurrentCulture);
}

internal sealed class BandForm
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Amount { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To) && string.IsNullOrWhiteSpace(Amount);
}

internal sealed class GroupForm
{
    public string? Name { get; set; }

    public string? Factor { get; set; }

    /// <summary>ISO codes separated by commas or spaces ("PT, GR").</summary>
    public string? Countries { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Factor) && string.IsNullOrWhiteSpace(Countries);
}
