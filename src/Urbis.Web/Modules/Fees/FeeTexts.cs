using System.Globalization;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Fees;

/// <summary>
/// The words of fees in the current UI language: labels of categories, statuses and methods, and
/// the explanation of a fee ("Band 100,001–250,000 inhabitants: €4,500.00"). Pages, PDFs and
/// e-mails share them, so an invoice says exactly what the page said.
/// </summary>
internal sealed class FeeTexts(IStringLocalizer<FeesResource> l)
{
    public string Category(MembershipCategory category) => category switch
    {
        MembershipCategory.Full => l["Full member"],
        MembershipCategory.Associate => l["Associate member"],
        _ => l["National forum"],
    };

    public string Status(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Issued => l["Issued"],
        InvoiceStatus.PartlyPaid => l["Partly paid"],
        InvoiceStatus.Paid => l["Paid"],
        _ => l["Cancelled"],
    };

    public static string StatusBadge(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "text-bg-success",
        InvoiceStatus.PartlyPaid => "text-bg-warning",
        InvoiceStatus.Cancelled => "text-bg-secondary",
        _ => "text-bg-primary",
    };

    public string RunStatus(InvoiceRunStatus status) => status switch
    {
        InvoiceRunStatus.Queued => l["Waiting to start"],
        InvoiceRunStatus.Running => l["In progress"],
        InvoiceRunStatus.Completed => l["Completed"],
        _ => l["Failed"],
    };

    public string Kind(InvoiceKind kind) => kind == InvoiceKind.CreditNote ? l["Credit note"] : l["Invoice"];

    public string Method(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => l["Bank transfer"],
        PaymentMethod.DirectDebit => l["Direct debit"],
        PaymentMethod.Card => l["Card"],
        PaymentMethod.Cheque => l["Cheque"],
        PaymentMethod.Cash => l["Cash"],
        _ => l["Other"],
    };

    public string JoinerRule(JoinerRule rule) => rule switch
    {
        Domain.JoinerRule.FullYear => l["The whole year's fee"],
        Domain.JoinerRule.ProRataByQuarter => l["Pro rata by quarter (the joining quarter included)"],
        _ => l["Nothing for the joining year; fees start the next year"],
    };

    public string Problem(MemberFeeProblem problem) => problem switch
    {
        MemberFeeProblem.NoPopulation => l["No population recorded for the reference date"],
        MemberFeeProblem.CategoryNotInSchedule => l["The scale does not price this category"],
        MemberFeeProblem.NoAddress => l["No postal or billing address"],
        _ => l["No finance contact with an e-mail address (the invoice must be sent by post)"],
    };

    public string Money(decimal amount, string currency = "EUR") => Domain.Money.Format(amount, currency, CultureInfo.CurrentCulture);

    public string Inhabitants(long population) => l["{0} inhabitants", population.ToString("N0", CultureInfo.CurrentCulture)];

    /// <summary>The band or formula that gives the fee, then the country factor: what the scale says for this population.</summary>
    public string Scale(FeeQuote quote, long population) => Scale(
        quote.Band is { } b ? (b.From, b.To, b.Amount) : null,
        quote.Formula is { } f && quote.Band is null ? (f.Base, f.PerInhabitant, f.Minimum, f.Maximum) : null,
        quote.Group is { } g ? (g.Name, g.Factor) : null,
        quote.Amount,
        quote.Currency,
        population);

    /// <summary>The same explanation for an estimate of the published scale (the public calculator).</summary>
    public string Scale(Contracts.FeeEstimate estimate, long population) => Scale(
        estimate.Band is { } b ? (b.From, b.To, b.Amount) : null,
        estimate.Formula is { } f ? (f.Base, f.PerInhabitant, f.Minimum, f.Maximum) : null,
        estimate.Group is { } g ? (g.Name, g.Factor) : null,
        estimate.Amount,
        estimate.Currency,
        population);

    private string Scale(
        (int From, int? To, decimal Amount)? band,
        (decimal Base, decimal PerInhabitant, decimal Minimum, decimal? Maximum)? formula,
        (string Name, decimal Factor)? group,
        decimal amount,
        string currency,
        long population)
    {
        string scale;
        if (band is { } b)
        {
            scale = b.To is { } to
                ? l["Band {0}–{1} inhabitants: {2}", b.From.ToString("N0", CultureInfo.CurrentCulture), to.ToString("N0", CultureInfo.CurrentCulture), Money(b.Amount, currency)]
                : l["Band of {0} inhabitants and more: {1}", b.From.ToString("N0", CultureInfo.CurrentCulture), Money(b.Amount, currency)];
        }
        else
        {
            var f = formula!.Value;
            var raw = f.Base + (f.PerInhabitant * population);
            scale = l["{0} + {1} per inhabitant × {2} = {3}", Money(f.Base, currency), Rate(f.PerInhabitant, currency), Inhabitants(population), Money(FeeRounding.ToCents(raw), currency)];
            if (raw < f.Minimum)
            {
                scale += ", " + l["raised to the minimum of {0}", Money(f.Minimum, currency)];
            }
            else if (f.Maximum is { } max && raw > max)
            {
                scale += ", " + l["capped at the maximum of {0}", Money(max, currency)];
            }
        }

        if (group is { } g)
        {
            scale = l["{0}; {1}", scale, l["× {0} for {1}: {2}", g.Factor.ToString("0.####", CultureInfo.CurrentCulture), g.Name, Money(amount, currency)]];
        }

        return scale;
    }

    /// <summary>The share of the year's fee due by a member that joined during the year.</summary>
    public string? Joiner(JoinerRule rule, DateOnly since, int year, decimal due, string currency)
    {
        if (since.Year != year)
        {
            return null;
        }

        var date = since.ToString("d", CultureInfo.CurrentCulture);
        return rule switch
        {
            Domain.JoinerRule.FullYear => l["member since {0}: the whole year is due", date],
            Domain.JoinerRule.FromNextYear => l["member since {0}: fees start next year", date],
            _ => l["member since {0}: {1} quarters of 4, {2}", date, 4 - ((since.Month - 1) / 3), Money(due, currency)],
        };
    }

    public string Override(decimal amount, string reason, string currency) => l["set by hand: {0} ({1})", Money(amount, currency), reason];

    public string Population(int population, DateOnly date) =>
        l["{0} on {1}", Inhabitants(population), date.ToString("d", CultureInfo.CurrentCulture)];

    /// <summary>Why the member owes this amount for the year, in one sentence.</summary>
    public string Explain(MemberFees.MemberFee fee, FeeSchedule schedule)
    {
        if (fee.Override is { } set)
        {
            return Override(set.Amount, set.Reason, schedule.Currency);
        }

        if (fee.Quote is not { } quote || fee.Population is not { } population)
        {
            return "";
        }

        var parts = new List<string> { Population(population.Population, schedule.PopulationReferenceDate), Scale(quote, population.Population) };
        if (Joiner(schedule.JoinerRule, fee.MemberSince, schedule.Year, fee.Due ?? 0m, schedule.Currency) is { } joiner)
        {
            parts.Add(joiner);
        }

        return parts.Aggregate((a, b) => l["{0}; {1}", a, b]);
    }

    public static string Rate(decimal rate, string currency)
    {
        // The rate's own decimals without trailing zeros (0.012300 → 4), at least cents.
        var decimals = Math.Max(2, (decimal.GetBits(rate / 1.000000000000000000000000000000000m)[3] >> 16) & 0xFF);
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = currency == "EUR" ? "€" : currency;
        return rate.ToString("C" + Math.Min(decimals, FeeFormula.RateDecimals).ToString(CultureInfo.InvariantCulture), format);
    }
}
