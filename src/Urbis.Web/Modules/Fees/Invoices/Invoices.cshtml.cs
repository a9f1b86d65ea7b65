using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.Invoices;

internal sealed record InvoiceRow(Guid Id, string Number, InvoiceKind Kind, string CustomerName, string CustomerCountry, DateOnly IssueDate, DateOnly DueDate, decimal Total, decimal AmountPaid, InvoiceStatus Status, string Currency, bool Emailed);

/// <summary>
/// Invoices and credit notes, filtered by year, status, text and "to send by post" (no e-mail went,
/// for want of a finance contact's address), a page at a time. Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class InvoicesModel(AppDbContext db, NetworkCalendar calendar) : PageModel
{
    public const int PageSize = 50;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "status")]
    public InvoiceStatus? Status { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "post")]
    public bool ByPost { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal IReadOnlyList<InvoiceRow> Rows { get; private set; } = [];

    internal int Total { get; private set; }

    internal int PageCount { get; private set; } = 1;

    internal IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await db.Set<Invoice>().AsNoTracking().Select(i => i.FeeYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        Year ??= Years.Count > 0 ? Years[0] : calendar.Year;
        var query = db.Set<Invoice>().AsNoTracking().Where(i => i.FeeYear == Year);
        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status && i.Kind == InvoiceKind.Invoice);
        }

        if (ByPost)
        {
            query = query.Where(i => i.EmailedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = LikePattern.Contains(Search);
            query = query.Where(i => EF.Functions.Like(i.Number.ToLower(), pattern, LikePattern.Escape) || EF.Functions.Like(i.CustomerName.ToLower(), pattern, LikePattern.Escape));
        }

        Total = await query.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderBy(i => i.NumberYear).ThenBy(i => i.Kind).ThenBy(i => i.Sequence)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new InvoiceRow(i.Id, i.Number, i.Kind, i.CustomerName, i.CustomerCountry, i.IssueDate, i.DueDate, i.Total, i.AmountPaid, i.Status, i.Currency, i.EmailedAt != null))
            .ToListAsync(cancellationToken);
    }
}
