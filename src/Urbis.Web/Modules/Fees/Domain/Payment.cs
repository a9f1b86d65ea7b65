namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>
/// Money received for an invoice. Recorded once; never edited. A payment recorded by mistake is
/// reversed (with a reason, once): it stays in the books, marked, and no longer counts.
/// </summary>
internal sealed class Payment
{
    public const int ReferenceMaxLength = 140;
    public const int ReasonMinLength = 3;
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The invoice it pays (moved only when a correction replaces the invoice).</summary>
    public Guid InvoiceId { get; set; }

    public Guid AuthorityId { get; init; }

    public DateOnly Date { get; init; }

    public decimal Amount { get; init; }

    public PaymentMethod Method { get; init; }

    /// <summary>The bank's or the payer's reference.</summary>
    public string? Reference { get; init; }

    /// <summary>The bank statement line it was booked from, if any.</summary>
    public Guid? BankTransactionId { get; init; }

    public DateTime RecordedAt { get; init; }

    public string RecordedBy { get; init; } = "";

    public DateTime? ReversedAt { get; private set; }

    public string? ReversedBy { get; private set; }

    public string? ReversalReason { get; private set; }

    public bool IsReversed => ReversedAt is not null;

    /// <summary>Marks the payment as recorded by mistake; the caller takes its amount off the invoice.</summary>
    public void Reverse(string reason, DateTime at, string by)
    {
        if (IsReversed)
        {
            throw new InvalidOperationException("A payment is reversed once.");
        }

        ReversedAt = at;
        ReversedBy = by;
        ReversalReason = reason;
    }
}

internal enum PaymentMethod
{
    BankTransfer,
    DirectDebit,
    Card,
    Cheque,
    Cash,
    Other,
}

internal enum PaymentError
{
    AmountNotPositive,
    AmountTooPrecise,
    AmountTooLarge,
    InvoiceCancelled,
    NotAnInvoice,
    DateInTheFuture,
}

internal enum ReversalError
{
    ReasonMissing,
    AlreadyReversed,
    ChangedMeanwhile,
}

internal static class PaymentRules
{
    public const decimal Largest = 10_000_000m;

    public static PaymentError? Check(decimal amount) =>
        amount <= 0 ? PaymentError.AmountNotPositive
        : !FeeRounding.HasAtMostTwoDecimals(amount) ? PaymentError.AmountTooPrecise
        : amount > Largest ? PaymentError.AmountTooLarge
        : null;
}
