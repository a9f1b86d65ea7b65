using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees.BankStatements;

internal sealed record TransactionRow(
    Guid Id,
    DateOnly BookingDate,
    decimal Amount,
    string Currency,
    string? PayerName,
    string? StructuredReference,
    string? Remittance,
    string Reference,
    BankTransactionStatus Status,
    MatchKind? MatchedBy,
    Guid? InvoiceId,
    string? InvoiceNumber,
    string? Member,
    decimal? Outstanding);

/// <summary>
/// One imported statement: its credits with the proposed invoices; finance ticks the matches to
/// book (or types another invoice number) and books them, or marks a credit as not a fee.
/// Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class StatementModel(AppDbContext db, StatementBooking booking, StatementTexts texts, IStringLocalizer<FeesResource> l) : PageModel
{
    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, string?> Numbers { get; set; } = [];

    internal BankStatement Statement { get; private set; } = null!;

    internal IReadOnlyList<TransactionRow> Rows { get; private set; } = [];

    internal IReadOnlyDictionary<Guid, string> RowErrors { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Selected = [.. Rows.Where(r => r.Status == BankTransactionStatus.Proposed).Select(r => r.Id)];
        Numbers = Rows.ToDictionary(r => r.Id, r => r.InvoiceNumber);
        return Page();
    }

    public async Task<IActionResult> OnPostBookAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Selected.Count == 0)
        {
            ModelState.AddModelError(string.Empty, l["Tick the credits to book."]);
            return this.InvalidForm();
        }

        var errors = await booking.BookAsync(id, [.. Selected.Distinct().Select(t => new BookTransaction(t, Numbers.GetValueOrDefault(t)))], cancellationToken);
        if (errors.Count > 0)
        {
            RowErrors = errors.ToDictionary(e => e.Key, e => texts.Booking(e.Value));
            ModelState.AddModelError(string.Empty, l["Nothing was booked: {0} of the ticked credits cannot be booked as they are (see below).", errors.Count]);
            await LoadAsync(id, cancellationToken);
            return this.InvalidForm();
        }

        var booked = Selected.Distinct().Count();
        TempData["Status"] = (booked == 1 ? l["1 payment booked."] : l["{0} payments booked.", booked]).Value;
        return Redirect($"/finance/bank/{id}");
    }

    public async Task<IActionResult> OnPostIgnoreAsync(Guid id, Guid transactionId, CancellationToken cancellationToken)
    {
        if (!await booking.IgnoreAsync(id, transactionId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = l["The credit is set aside as not a membership fee."].Value;
        return Redirect($"/finance/bank/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<BankStatement>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } statement)
        {
            return false;
        }

        Statement = statement;
        Rows = await (from t in db.Set<BankTransaction>().AsNoTracking().Where(t => t.StatementId == id)
                      join i in db.Set<Invoice>().AsNoTracking() on t.InvoiceId equals i.Id into matched
                      from i in matched.DefaultIfEmpty()
                      orderby t.BookingDate, t.TransactionReference
                      select new TransactionRow(t.Id, t.BookingDate, t.Amount, t.Currency, t.PayerName, t.StructuredReference, t.Remittance, t.TransactionReference,
                          t.Status, t.MatchedBy, t.InvoiceId, i == null ? null : i.Number, i == null ? null : i.CustomerName,
                          i == null ? null : i.Status == InvoiceStatus.Cancelled ? 0m : i.Total - i.AmountPaid))
                     .ToListAsync(cancellationToken);
        return true;
    }
}
