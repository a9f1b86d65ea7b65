using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.MemberFees;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees.Invoicing;

internal sealed record RunRow(Guid Id, InvoiceRunStatus Status, DateTime RequestedAt, string RequestedBy, int Issued, decimal Amount);

/// <summary>
/// A year's annual invoicing: the preview (every active member, its fee and why, the total, the
/// members whose data is missing), the button that issues the invoices in the background, and the
/// year's runs. Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class PreviewModel(
    AppDbContext db,
    MemberFeeCalculator calculator,
    InvoiceRunRequests requests,
    NetworkCalendar calendar,
    IOptions<FeesOptions> options,
    IStringLocalizer<FeesResource> l) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The invoices would carry the demo bank account and legal details (Fees:Issuer:* not configured).</summary>
    public bool IssuerIsDemo => options.Value.Issuer.IsDemo;

    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal FeeSchedule? Schedule { get; private set; }

    internal int Year { get; private set; }

    internal IReadOnlyList<MemberFee> All { get; private set; } = [];

    internal IReadOnlyList<MemberFee> Shown { get; private set; } = [];

    internal int PageCount { get; private set; } = 1;

    internal IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public DateOnly IssueDate => calendar.Today;

    public DateOnly DueDate => calendar.Today.AddDays(options.Value.PaymentTermDays);

    public IEnumerable<MemberFee> ToInvoice => All.Where(f => f.Status == MemberFeeStatus.ToInvoice);

    public async Task OnGetAsync(int year, CancellationToken cancellationToken) => await LoadAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(int year, CancellationToken cancellationToken)
    {
        var (runId, error) = await requests.RequestAsync(year, cancellationToken);
        switch (error)
        {
            case RunRequestError.NotPublished:
                await LoadAsync(year, cancellationToken);
                ModelState.AddModelError(string.Empty, l["Publish the scale for {0} before issuing its invoices.", year]);
                return this.InvalidForm();
            case RunRequestError.AlreadyRunning:
                TempData["Status"] = l["The invoices for {0} are already being issued: here is how far it is.", year].Value;
                return Redirect($"/finance/invoicing/runs/{runId}");
            default:
                TempData["Status"] = l["The invoices for {0} are being issued. You can leave this page: the work goes on.", year].Value;
                return Redirect($"/finance/invoicing/runs/{runId}");
        }
    }

    private async Task LoadAsync(int year, CancellationToken cancellationToken)
    {
        Year = year;
        Schedule = await db.Set<FeeSchedule>().AsNoTracking().FirstOrDefaultAsync(s => s.Year == year, cancellationToken);
        if (Schedule is null)
        {
            return;
        }

        All = await calculator.ForYearAsync(Schedule, null, cancellationToken);
        var filtered = Show switch
        {
            "to-invoice" => All.Where(f => f.Status == MemberFeeStatus.ToInvoice),
            "flagged" => All.Where(f => f.IsFlagged),
            "invoiced" => All.Where(f => f.Status == MemberFeeStatus.AlreadyInvoiced),
            _ => All,
        };
        var list = filtered.ToList();
        PageCount = Math.Max(1, (list.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Shown = list.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Runs = await db.Set<InvoiceRun>().AsNoTracking().Where(r => r.Year == year).OrderByDescending(r => r.RequestedAt)
            .Select(r => new RunRow(r.Id, r.Status, r.RequestedAt, r.RequestedBy, r.Issued, r.Amount)).ToListAsync(cancellationToken);
    }
}
