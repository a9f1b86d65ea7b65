using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees.Payments;

/// <summary>
/// Reverses a payment recorded by mistake (wrong invoice, wrong amount, a transfer that bounced),
/// with a reason: it stays listed, marked, and the invoice owes its amount again. Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class ReversePaymentModel(AppDbContext db, PaymentRecorder payments, IStringLocalizer<FeesResource> l) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    internal Invoice Invoice { get; private set; } = null!;

    internal Payment Payment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid paymentId, CancellationToken cancellationToken) =>
        await LoadAsync(id, paymentId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid paymentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, paymentId, cancellationToken))
        {
            return NotFound();
        }

        if (Payment.IsReversed)
        {
            // A second click, or another tab: the payment is reversed once, the first time.
            return Redirect($"/finance/invoices/{id}");
        }

        var error = await payments.ReverseAsync(new ReversePayment(id, paymentId, Reason ?? ""), cancellationToken);
        switch (error)
        {
            case null:
                TempData["Status"] = l["The payment of {0} is reversed: the invoice owes it again.", Money.Format(Payment.Amount, Invoice.Currency)].Value;
                return Redirect($"/finance/invoices/{id}");
            case ReversalError.AlreadyReversed:
                return Redirect($"/finance/invoices/{id}");
            case ReversalError.ReasonMissing:
                ModelState.AddModelError(nameof(Reason), l["Say why the payment is reversed (3 to 500 characters): the auditors will read it."]);
                return this.InvalidForm();
            default:
                ModelState.AddModelError(string.Empty, l["The invoice changed meanwhile (a payment or another correction). Please look at it again."]);
                await LoadAsync(id, paymentId, cancellationToken);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, Guid paymentId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId && p.InvoiceId == id, cancellationToken) is not { } payment
            || await db.Set<Invoice>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } invoice)
        {
            return false;
        }

        (Payment, Invoice) = (payment, invoice);
        return true;
    }
}
