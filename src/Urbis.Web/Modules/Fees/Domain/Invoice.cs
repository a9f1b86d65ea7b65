using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>
/// An invoice or a credit note. What it says — number, dates, the member's name and address as
/// they were, lines, total, reference — is fixed when it is issued: those properties have no
/// setter, and the database mapping refuses to update them (<c>InvoiceConfiguration</c>). Only its
/// settlement moves (payments, cancellation by a credit note) and the record of its PDF and e-mail.
/// A mistake is corrected by a credit note and a new invoice, never by an edit.
/// </summary>
internal sealed class Invoice
{
    public const int TextMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public InvoiceKind Kind { get; init; }

    /// <summary>"2026-00042" (invoices) or "CN-2026-00003" (credit notes): gap-free per series and year of issue.</summary>
    public string Number { get; init; } = "";

    public int NumberYear { get; init; }

    public int Sequence { get; init; }

    /// <summary>The membership year the fee is for.</summary>
    public int FeeYear { get; init; }

    public InvoiceOrigin Origin { get; init; }

    public Guid AuthorityId { get; init; }

    public MembershipCategory Category { get; init; }

    public string CustomerName { get; init; } = "";

    /// <summary>The billing address (or else the postal address) as it was on the issue date, one line per line.</summary>
    public string CustomerAddress { get; init; } = "";

    public string CustomerCountry { get; init; } = "";

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    /// <summary>The member's language ("en", "fr"): the PDF and the e-mails are written in it.</summary>
    public string Language { get; init; } = "en";

    public DateOnly IssueDate { get; init; }

    public DateOnly DueDate { get; init; }

    public string Currency { get; init; } = "EUR";

    /// <summary>Positive for an invoice, negative for a credit note.</summary>
    public decimal Total { get; init; }

    /// <summary>The structured reference the member pays with (<see cref="CreditorReference"/>).</summary>
    public string PaymentReference { get; init; } = "";

    private readonly List<InvoiceLine> lines = [];

    public IReadOnlyList<InvoiceLine> Lines
    {
        get => lines;
        init => lines = [.. value];
    }

    /// <summary>The annual run that issued it, if any.</summary>
    public Guid? RunId { get; init; }

    /// <summary>For a credit note: the invoice it cancels. For a replacement: the invoice it replaces.</summary>
    public Guid? CorrectsInvoiceId { get; init; }

    public string? CorrectsNumber { get; init; }

    public string? CorrectionReason { get; init; }

    public DateTime CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    // Settlement: changes only through the methods below.
    public InvoiceStatus Status { get; private set; } = InvoiceStatus.Issued;

    public decimal AmountPaid { get; private set; }

    public Guid? CancelledByCreditNoteId { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    /// <summary>The PDF as issued (kept so that what was sent can be shown again byte for byte).</summary>
    public Guid? DocumentFileId { get; private set; }

    public DateTime? EmailedAt { get; private set; }

    /// <summary>Bumped by every settlement change: two people paying or correcting at once cannot overwrite each other.</summary>
    public int Revision { get; private set; }

    public bool IsCreditNote => Kind == InvoiceKind.CreditNote;

    /// <summary>What is still to pay (0 for credit notes and cancelled invoices; negative when overpaid).</summary>
    public decimal Outstanding => IsCreditNote || Status == InvoiceStatus.Cancelled ? 0m : Total - AmountPaid;

    /// <summary>Money received beyond what is due: overpayment, or payments on an invoice cancelled since.</summary>
    public decimal Credit => IsCreditNote ? 0m : Status == InvoiceStatus.Cancelled ? AmountPaid : Math.Max(0m, AmountPaid - Total);

    public string FileName => $"{(IsCreditNote ? "credit-note" : "invoice")}-{Number}.pdf";

    public PaymentError? CanTake(decimal amount)
    {
        if (IsCreditNote)
        {
            return PaymentError.NotAnInvoice;
        }

        if (Status == InvoiceStatus.Cancelled)
        {
            return PaymentError.InvoiceCancelled;
        }

        return PaymentRules.Check(amount);
    }

    /// <summary>Applies a payment checked with <see cref="CanTake"/>: issued → partly paid → paid (overpayment shows as a credit).</summary>
    public void Apply(decimal amount)
    {
        if (CanTake(amount) is { } error)
        {
            throw new InvalidOperationException($"Payment refused: {error}.");
        }

        AmountPaid += amount;
        Status = AmountPaid >= Total ? InvoiceStatus.Paid : InvoiceStatus.PartlyPaid;
        Revision++;
    }

    /// <summary>Moves a payment off this invoice (to the invoice that replaces it).</summary>
    public void Withdraw(decimal amount)
    {
        AmountPaid -= amount;
        if (Status != InvoiceStatus.Cancelled)
        {
            Status = AmountPaid <= 0 ? InvoiceStatus.Issued : AmountPaid >= Total ? InvoiceStatus.Paid : InvoiceStatus.PartlyPaid;
        }

        Revision++;
    }

    public bool CanBeCorrected => !IsCreditNote && Status != InvoiceStatus.Cancelled;

    public void CancelBy(Invoice creditNote, DateTime utcNow)
    {
        if (!CanBeCorrected || !creditNote.IsCreditNote || creditNote.CorrectsInvoiceId != Id)
        {
            throw new InvalidOperationException("Only an open invoice is cancelled, by its own credit note.");
        }

        Status = InvoiceStatus.Cancelled;
        CancelledByCreditNoteId = creditNote.Id;
        CancelledAt = utcNow;
        Revision++;
    }

    public void KeepDocument(Guid fileId)
    {
        if (DocumentFileId is not null)
        {
            throw new InvalidOperationException("The issued PDF is kept once and never replaced.");
        }

        DocumentFileId = fileId;
    }

    public void MarkEmailed(DateTime utcNow) => EmailedAt ??= utcNow;
}

/// <summary>One line of an invoice, written in the member's language when it is issued.</summary>
internal sealed class InvoiceLine
{
    public string Description { get; init; } = "";

    /// <summary>Why this amount: the band, the formula, the country factor, the share for a joiner.</summary>
    public string? Detail { get; init; }

    public decimal Amount { get; init; }
}

internal enum InvoiceKind
{
    Invoice,
    CreditNote,
}

internal enum InvoiceOrigin
{
    /// <summary>The year's invoice run (also members who joined since an earlier run).</summary>
    AnnualRun,

    /// <summary>A correction: the credit note, or the invoice that replaces the cancelled one.</summary>
    Correction,
}

internal enum InvoiceStatus
{
    Issued,
    PartlyPaid,
    Paid,
    Cancelled,
}
