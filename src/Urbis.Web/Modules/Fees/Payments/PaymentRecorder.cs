using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Payments;

internal sealed record RecordPayment(Guid InvoiceId, DateOnly Date, decimal Amount, PaymentMethod Method, string? Reference, Guid? BankTransactionId = null);

internal sealed record ReversePayment(Guid InvoiceId, Guid PaymentId, string Reason);

/// <summary>
/// Records money received for an invoice: issued → partly paid → paid, an overpayment showing as a
/// credit. Refused on a cancelled invoice or a credit note, for an amount that is not positive or
/// has more than 2 decimals, and for a date after today.
/// </summary>
internal sealed class PaymentRecorder(AppDbContext db, NetworkCalendar calendar, CurrentActor actor)
{
    /// <summary>Checks and adds the payment to the unit of work (the caller saves); returns why not otherwise.</summary>
    public PaymentError? Add(Invoice invoice, RecordPayment command)
    {
        if (invoice.CanTake(command.Amount) is { } error)
        {
            return error;
        }

        if (command.Date > calendar.Today)
        {
            return PaymentError.DateInTheFuture;
        }

        db.Add(new Payment
        {
            InvoiceId = invoice.Id,
            AuthorityId = invoice.AuthorityId,
            Date = command.Date,
            Amount = command.Amount,
            Method = command.Method,
            Reference = string.IsNullOrWhiteSpace(command.Reference) ? null : command.Reference.Trim(),
            BankTransactionId = command.BankTransactionId,
            RecordedAt = calendar.UtcNow,
            RecordedBy = actor.Get().Name,
        });
        invoice.Apply(command.Amount);
        return null;
    }

    /// <summary>Records one payment and saves; a concurrent change of the invoice is reported, not overwritten.</summary>
    public async Task<PaymentError?> RecordAsync(RecordPayment command, CancellationToken cancellationToken)
    {
        var invoice = await db.Set<Invoice>().FirstAsync(i => i.Id == command.InvoiceId, cancellationToken);
        if (Add(invoice, command) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Reverses a payment recorded by mistake, in one transaction: the payment is marked (reason,
    /// who, when) and stays listed, its amount leaves the invoice (paid → partly paid → issued), and
    /// the bank line it was booked from, if any, can be booked again. Reversing twice changes nothing.
    /// </summary>
    public async Task<ReversalError?> ReverseAsync(ReversePayment command, CancellationToken cancellationToken)
    {
        var reason = command.Reason.Trim();
        if (reason.Length is < Payment.ReasonMinLength or > Payment.ReasonMaxLength)
        {
            return ReversalError.ReasonMissing;
        }

        var payment = await db.Set<Payment>().FirstAsync(p => p.Id == command.PaymentId && p.InvoiceId == command.InvoiceId, cancellationToken);
        if (payment.IsReversed)
        {
            return ReversalError.AlreadyReversed;
        }

        var invoice = await db.Set<Invoice>().FirstAsync(i => i.Id == command.InvoiceId, cancellationToken);
        payment.Reverse(reason, calendar.UtcNow, actor.Get().Name);
        invoice.Withdraw(payment.Amount);
        if (payment.BankTransactionId is { } line && await db.Set<BankTransaction>().FirstOrDefaultAsync(t => t.Id == line, cancellationToken) is { } transaction)
        {
            transaction.Status = transaction.InvoiceId is null ? BankTransactionStatus.Unmatched : BankTransactionStatus.Proposed;
            transaction.PaymentId = null;
            transaction.DecidedAt = null;
            transaction.DecidedBy = null;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another reversal or payment of this invoice got there first: nothing of this one is saved.
            return ReversalError.ChangedMeanwhile;
        }
    }
}
