using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.Overview;

/// <summary>
/// The finance home: a year's invoiced, collected and outstanding amounts (in total and per
/// country), the ageing of receivables, the members in arrears, and the way to every finance task.
/// Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class FinanceModel(FinanceFigures figures, NotYetInvoiced notYetInvoiced, NetworkCalendar calendar) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    internal YearFigures Figures { get; private set; } = null!;

    internal IReadOnlyList<CountryFigures> Countries { get; private set; } = [];

    internal IReadOnlyList<AgeingBucket> Ageing { get; private set; } = [];

    internal IReadOnlyList<int> Years { get; private set; } = [];

    internal int InArrears { get; private set; }

    /// <summary>Members who owe a fee for the year and have no invoice for it yet; null without a published scale.</summary>
    internal int? ToInvoice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await figures.YearsAsync(cancellationToken);
        var year = Year is >= Domain.FeeSchedule.FirstYear and <= Domain.FeeSchedule.LastYear ? Year.Value : Years.Count > 0 && !Years.Contains(calendar.Year) ? Years[0] : calendar.Year;
        Year = year;
        // A handful of queries whatever the number of invoices (years, the year's totals, the open
        // invoices, the members not yet invoiced): the page is finance's home.
        (Figures, Countries) = await figures.YearAsync(year, cancellationToken);
        (Ageing, InArrears) = await figures.ReceivablesAsync(cancellationToken);
        ToInvoice = await notYetInvoiced.CountAsync(year, cancellationToken);
    }
}
