using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Payments;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees.Invoices;

internal sealed record PaymentRow(Guid Id, DateOnly Date, decimal Amount, PaymentMethod Method, string? Reference, string RecordedBy, DateTime RecordedAt, DateTime? ReversedAt, string? ReversedBy, string? ReversalReason);

internal sealed record ReminderRow(int Step, int DaysAfterDue, decimal Outstanding, string? SentTo, DateTime SentAt);

internal sealed record RelatedInvoice(Guid Id, string Number, InvoiceKind Kind);

/// <summary>
/// An invoice or credit note as issued, with its payments (and a way to reverse one recorded by
/// mistake) and reminders; recording a payment and correcting the invoice (credit note, and a new invoice if an amount is given). Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class InvoiceDetailsModel(
    AppDbContext db,
    PaymentRecorder payments,
    InvoiceCorrections corrections,
    NetworkCalendar calendar,
    PaymentTexts paymentTexts,
    IStringLocalizer<FeesResource> l) : PageModel
{
    [BindProperty]
    public PaymentInput Payment { get; set; } = new();

    [BindProperty]
    public CorrectionInput Correction { get; set; } = new();

    internal Invoice Invoice { get; private set; } = null!;

    internal IReadOnlyList<PaymentRow> Payments { get; private set; } = [];

    internal IReadOnlyList<ReminderRow> Reminders { get; private set; } = [];

    internal IReadOnlyList<RelatedInvoice> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Payment = new PaymentInput
        {
            Date = calendar.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Amount = Math.Max(0m, Invoice.Outstanding).ToString("0.00", CultureInfo.CurrentCulture),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPaymentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var command = Payment.Read(id, ModelState, paymentTexts);
        if (command is not null && await TryRecordAsync(command, cancellationToken) is { } error)
        {
            var (field, message) = paymentTexts.Error(error);
            ModelState.AddModelError(field.Length == 0 ? string.Empty : $"Payment.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            return this.InvalidForm();
        }

        TempData["Status"] = l["Payment of {0} recorded.", Domain.Money.Format(command!.Amount, Invoice.Currency)].Value;
        return Redirect($"/finance/invoices/{id}");
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Correction.NewAmount))
        {
            if (Domain.Money.TryParse(Correction.NewAmount, out var parsed))
            {
                amount = parsed;
            }
            else
            {
                ModelState.AddModelError("Correction.NewAmount", l["Enter the amount, e.g. 1500 or 1500.50."]);
                return this.InvalidForm();
            }
        }

        var (issued, error) = await corrections.CorrectAsync(new CorrectInvoice(id, Correction.Reason ?? "", amount), cancellationToken);
        if (error is { } refused)
        {
            var (field, message) = refused switch
            {
                CorrectionError.ReasonMissing => ("Correction.Reason", l["Say why the invoice is corrected (3 to 1000 characters)."]),
                CorrectionError.AmountNotValid => ("Correction.NewAmount", l["The new amount must be above 0, with at most 2 decimals."]),
                CorrectionError.NotOpen => (string.Empty, l["This invoice is already cancelled (or is a credit note): it cannot be corrected again."]),
                _ => (string.Empty, l["The invoice changed meanwhile (a payment or another correction). Please look at it again."]),
            };
            ModelState.AddModelError(field, message);
            await LoadAsync(id, cancellationToken);
            Response.StatusCode = refused == CorrectionError.ChangedMeanwhile || refused == CorrectionError.NotOpen ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        TempData["Status"] = issued.Count > 1
            ? l["Invoice cancelled by credit note {0} and replaced by invoice {1}.", issued[0].Number, issued[1].Number].Value
            : l["Invoice cancelled by credit note {0}.", issued[0].Number].Value;
        return Redirect($"/finance/invoices/{(issued.Count > 1 ? issued[1].Id : issued[0].Id)}");
    }

    private async Task<PaymentError?> TryRecordAsync(RecordPayment command, CancellationToken cancellationToken)
    {
        try
        {
            return await payments.RecordAsync(command, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["The invoice changed meanwhile (a payment or another correction). Please look at it again."]);
            return null;
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (await db.Set<Invoice>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } invoice)
        {
            return false;
        }

        Invoice = invoice;
        Payments = await db.Set<Payment>().AsNoTracking().Where(p => p.InvoiceId == id).OrderBy(p => p.Date).ThenBy(p => p.RecordedAt)
            .Select(p => new PaymentRow(p.Id, p.Date, p.Amount, p.Method, p.Reference, p.RecordedBy, p.RecordedAt, p.ReversedAt, p.ReversedBy, p.ReversalReason)).ToListAsync(cancellationToken);
        Reminders = await db.Set<Reminder>().AsNoTracking().Where(r => r.InvoiceId == id).OrderBy(r => r.Step)
            .Select(r => new ReminderRow(r.Step, r.DaysAfterDue, r.Outstanding, r.SentTo, r.SentAt)).ToListAsync(cancellationToken);
        Related = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.CorrectsInvoiceId == id || i.Id == invoice.CorrectsInvoiceId || i.Id == invoice.CancelledByCreditNoteId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Kind == InvoiceKind.CreditNote ? 0 : 1).ThenBy(i => i.Number) // a correction issues both at once
            .Select(i => new RelatedInvoice(i.Id, i.Number, i.Kind)).ToListAsync(cancellationToken);
        return true;
    }
}

/// <summary>A payment as typed in the form.</summary>
internal sealed class PaymentInput
{
    public string? Date { get; set; }

    public string? Amount { get; set; }

    public string? Method { get; set; } = nameof(PaymentMethod.BankTransfer);

    public string? Reference { get; set; }

    public RecordPayment? Read(Guid invoiceId, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors, PaymentTexts texts)
    {
        var dateRead = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        if (!dateRead)
        {
            errors.AddModelError("Payment.Date", texts.DateMissing);
        }

        var amountRead = Domain.Money.TryParse(Amount, out var amount);
        if (!amountRead)
        {
            errors.AddModelError("Payment.Amount", texts.AmountMissing);
        }

        if (!Enum.TryParse<PaymentMethod>(Method, out var method) || !Enum.IsDefined(method))
        {
            errors.AddModelError("Payment.Method", texts.MethodMissing);
        }

        if ((Reference?.Trim().Length ?? 0) > Domain.Payment.ReferenceMaxLength)
        {
            errors.AddModelError("Payment.Reference", texts.ReferenceTooLong);
        }

        return errors.IsValid ? new RecordPayment(invoiceId, date, amount, method, Reference) : null;
    }
}

internal sealed class CorrectionInput
{
    public string? Reason { get; set; }

    public string? NewAmount { get; set; }
}
