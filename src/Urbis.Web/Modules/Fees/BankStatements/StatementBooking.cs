using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Payments;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.BankStatements;

/// <summary>A credit finance confirms, with the invoice number typed when none (or another) is proposed.</summary>
internal sealed record BookTransaction(Guid TransactionId, string? InvoiceNumber);

internal enum BookingError
{
    NotOpen,
    InvoiceNotFound,
    InvoiceCancelled,
    NoInvoice,
    Refused,
}

/// <summary>
/// Books confirmed credits as payments of their invoices, all or nothing: one refused line books
/// none, and says which and why. A transaction is booked once (its status, and a unique payment per
/// bank transaction in the database).
/// </summary>
internal sealed class StatementBooking(AppDbContext db, PaymentRecorder payments, NetworkCalendar calendar, CurrentActor actor)
{
    public async Task<IReadOnlyDictionary<Guid, BookingError>> BookAsync(Guid statementId, IReadOnlyList<BookTransaction> choices, CancellationToken cancellationToken)
    {
        var ids = choices.Select(c => c.TransactionId).ToList();
        var transactions = await db.Set<BankTransaction>().Where(t => t.StatementId == statementId && ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var numbers = choices.Where(c => !string.IsNullOrWhiteSpace(c.InvoiceNumber)).Select(c => c.InvoiceNumber!.Trim()).ToList();
        var invoiceIds = transactions.Values.Where(t => t.InvoiceId is not null).Select(t => t.InvoiceId!.Value).ToList();
        var invoices = await db.Set<Invoice>().Where(i => numbers.Contains(i.Number) || invoiceIds.Contains(i.Id)).ToListAsync(cancellationToken);
        var errors = new Dictionary<Guid, BookingError>();
        var who = actor.Get().Name;
        foreach (var choice in choices)
        {
            if (!transactions.TryGetValue(choice.TransactionId, out var transaction) || transaction.Status is BankTransactionStatus.Booked or BankTransactionStatus.Ignored)
            {
                errors[choice.TransactionId] = BookingError.NotOpen;
                continue;
            }

            var typed = choice.InvoiceNumber?.Trim();
            var invoice = string.IsNullOrEmpty(typed)
                ? invoices.FirstOrDefault(i => i.Id == transaction.InvoiceId)
                : invoices.FirstOrDefault(i => i.Number == typed && i.Kind == InvoiceKind.Invoice);
            if (invoice is null)
            {
                errors[choice.TransactionId] = string.IsNullOrEmpty(typed) ? BookingError.NoInvoice : BookingError.InvoiceNotFound;
                continue;
            }

            var refused = payments.Add(invoice, new RecordPayment(invoice.Id, transaction.BookingDate, transaction.Amount, PaymentMethod.BankTransfer, transaction.TransactionReference, transaction.Id));
            if (refused is not null)
            {
                errors[choice.TransactionId] = refused == PaymentError.InvoiceCancelled ? BookingError.InvoiceCancelled : BookingError.Refused;
                continue;
            }

            if (transaction.InvoiceId != invoice.Id)
            {
                transaction.MatchedBy = MatchKind.ChosenByHand;
            }

            transaction.InvoiceId = invoice.Id;
            transaction.Status = BankTransactionStatus.Booked;
            transaction.DecidedAt = calendar.UtcNow;
            transaction.DecidedBy = who;
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return errors;
        }

        foreach (var payment in db.ChangeTracker.Entries<Payment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            transactions[payment.BankTransactionId!.Value].PaymentId = payment.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task<bool> IgnoreAsync(Guid statementId, Guid transactionId, CancellationToken cancellationToken)
    {
        var transaction = await db.Set<BankTransaction>().FirstOrDefaultAsync(t => t.Id == transactionId && t.StatementId == statementId, cancellationToken);
        if (transaction is null || transaction.Status is BankTransactionStatus.Booked or BankTransactionStatus.Ignored)
        {
            return false;
        }

        transaction.Status = BankTransactionStatus.Ignored;
        transaction.DecidedAt = calendar.UtcNow;
        transaction.DecidedBy = actor.Get().Name;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
