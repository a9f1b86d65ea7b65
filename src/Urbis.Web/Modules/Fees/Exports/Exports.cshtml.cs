using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Modules.Fees.Overview;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.Exports;

/// <summary>
/// Invoices and payments of a year for the accounting system, as CSV or Excel. Finance and
/// administrators. The download is a GET of this page with ?handler=Download (nothing changes).
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class ExportsModel(FinanceExport export, FinanceFigures figures, NetworkCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    internal IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await figures.YearsAsync(cancellationToken);
        Year ??= Years.Count > 0 ? Years[0] : calendar.Year;
    }

    public async Task<IActionResult> OnGetDownloadAsync(int year, string what, string format, CancellationToken cancellationToken)
    {
        if (year is < Domain.FeeSchedule.FirstYear or > Domain.FeeSchedule.LastYear || what is not ("invoices" or "payments") || format is not ("csv" or "xlsx"))
        {
            return BadRequest();
        }

        var table = what == "invoices" ? await export.InvoicesAsync(year, cancellationToken) : await export.PaymentsAsync(year, cancellationToken);
        var name = $"{what}-{year}.{format}";
        return format == "csv"
            ? File(FinanceExport.Csv(table), "text/csv; charset=utf-8", name)
            : File(FinanceExport.Excel(table, what), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}
