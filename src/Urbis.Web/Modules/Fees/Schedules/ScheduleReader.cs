using System.Globalization;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.Web.Modules.Fees.Schedules;

/// <summary>What the form says, read into the domain, or the fields that cannot be read.</summary>
internal sealed record ReadSchedule(
    JoinerRule JoinerRule,
    DateOnly ReferenceDate,
    IReadOnlyList<CategoryFee> Categories,
    IReadOnlyList<CountryGroup> Groups,
    IReadOnlyList<(string Field, string Message)> Errors,
    Func<FeeScheduleError, string> FieldOf);

/// <summary>
/// Reads the schedule form: numbers as people type them, blank rows ignored. Keeps where each band
/// and group came from, so that the domain's errors land next to the right field.
/// </summary>
internal sealed class ScheduleReader(IStringLocalizer<FeesResource> l)
{
    public ReadSchedule Read(ScheduleForm form, int year)
    {
        var errors = new List<(string, string)>();
        var joinerRule = Enum.TryParse<JoinerRule>(form.JoinerRule, out var rule) && Enum.IsDefined(rule) ? rule : JoinerRule.ProRataByQuarter;
        if (!DateOnly.TryParseExact(form.ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reference))
        {
            errors.Add(("Form.ReferenceDate", l["Enter the reference date for populations."]));
            reference = new DateOnly(year, 1, 1);
        }

        var categories = new List<CategoryFee>();
        var categoryFields = new Dictionary<Membership.Contracts.MembershipCategory, string>();
        var bandFields = new Dictionary<(Membership.Contracts.MembershipCategory, int), string>();
        for (var c = 0; c < form.Categories.Count; c++)
        {
            var input = form.Categories[c];
            var prefix = $"Form.Categories[{c}]";
            categoryFields[input.Category] = $"{prefix}.Priced";
            if (!input.Priced)
            {
                continue;
            }

            var fee = new CategoryFee { Category = input.Category, Method = input.Method };
            if (input.Method == FeeMethod.Formula)
            {
                fee.Formula = new FeeFormula
                {
                    Base = Amount(input.Base, $"{prefix}.Base", errors, required: true),
                    PerInhabitant = Amount(input.PerInhabitant, $"{prefix}.PerInhabitant", errors, required: true),
                    Minimum = Amount(input.Minimum, $"{prefix}.Minimum", errors, required: false),
                    Maximum = string.IsNullOrWhiteSpace(input.Maximum) ? null : Amount(input.Maximum, $"{prefix}.Maximum", errors, required: true),
                };
            }
            else
            {
                for (var b = 0; b < input.Bands.Count; b++)
                {
                    var band = input.Bands[b];
                    if (band.IsBlank)
                    {
                        continue;
                    }

                    var field = $"{prefix}.Bands[{b}]";
                    bandFields[(input.Category, fee.Bands.Count)] = field;
                    fee.Bands.Add(new FeeBand
                    {
                        From = Count(band.From, $"{field}.From", errors, required: true) ?? 0,
                        To = Count(band.To, $"{field}.To", errors, required: false),
                        Amount = Amount(band.Amount, $"{field}.Amount", errors, required: true),
                    });
                }
            }

            categories.Add(fee);
        }

        var groups = new List<CountryGroup>();
        var groupFields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var g = 0; g < form.Groups.Count; g++)
        {
            var input = form.Groups[g];
            if (input.IsBlank)
            {
                continue;
            }

            var prefix = $"Form.Groups[{g}]";
            var name = input.Name?.Trim() ?? "";
            if (name.Length is 0 or > 100)
            {
                errors.Add(($"{prefix}.Name", l["Give the group a name of at most 100 characters."]));
            }

            var factor = Amount(input.Factor, $"{prefix}.Factor", errors, required: true);
            var countries = (input.Countries ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant()).ToList();
            groupFields.TryAdd(name, prefix);
            foreach (var country in countries)
            {
                groupFields.TryAdd(country, $"{prefix}.Countries");
            }

            groups.Add(new CountryGroup { Name = name, Factor = factor, Countries = countries });
        }

        string FieldOf(FeeScheduleError error) =>
            error.Category is { } category && error.Band is { } band && bandFields.TryGetValue((category, band), out var bandField)
                ? bandField + (error.Code is FeeScheduleErrorCode.AmountNegative or FeeScheduleErrorCode.AmountTooPrecise ? ".Amount" : error.Code is FeeScheduleErrorCode.LastBandMustBeOpen or FeeScheduleErrorCode.BandEndsBeforeItStarts or FeeScheduleErrorCode.OnlyTheLastBandIsOpen ? ".To" : ".From")
            : error.Category is { } c && categoryFields.TryGetValue(c, out var categoryField) ? categoryField
            : error.Detail is { } detail && groupFields.TryGetValue(detail, out var groupField) ? groupField
            : error.Code == FeeScheduleErrorCode.ReferenceDateOutOfRange ? "Form.ReferenceDate"
            : "";

        return new ReadSchedule(joinerRule, reference, categories, groups, errors, FieldOf);
    }

    private decimal Amount(string? text, string field, List<(string, string)> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add((field, l["Enter an amount."]));
            }

            return 0m;
        }

        if (!Money.TryParse(text, out var value))
        {
            errors.Add((field, l["\"{0}\" is not an amount: type digits, with a decimal point or comma.", text.Trim()]));
        }

        return value;
    }

    private int? Count(string? text, string field, List<(string, string)> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add((field, l["Enter a number of inhabitants."]));
            }

            return null;
        }

        if (!Money.TryParseCount(text, out var value) || value > int.MaxValue)
        {
            errors.Add((field, l["\"{0}\" is not a whole number of inhabitants.", text.Trim()]));
            return null;
        }

        return (int)value;
    }
}
