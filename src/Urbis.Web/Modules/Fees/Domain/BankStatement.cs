namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>An imported bank statement file (CAMT.053 or CSV); a file is imported once.</summary>
internal sealed class BankStatement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string FileName { get; init; } = "";

    public StatementFormat Format { get; init; }

    /// <summary>SHA-256 of the file: the same file twice is refused.</summary>
    public string Sha256 { get; init; } = "";

    public string AccountIban { get; init; } = "";

    /// <summary>The bank's identification of the statement (CAMT Stmt/Id), if any.</summary>
    public string? StatementReference { get; init; }

    public DateTime ImportedAt { get; init; }

    public string ImportedBy { get; init; } = "";

    public int Credits { get; init; }

    /// <summary>Transactions of the file that an earlier statement already brought (not imported again).</summary>
    public int AlreadyKnown { get; init; }

    /// <summary>Debits and non-euro lines, which are not membership payments.</summary>
    public int Ignored { get; init; }
}

internal enum StatementFormat
{
    Camt053,
    Csv,
}

/// <summary>
/// A credit on the network's account. Unique per account and bank reference, so the same transfer
/// is never booked twice, whichever file brings it.
/// </summary>
internal sealed class BankTransaction
{
    public const int TextMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid StatementId { get; init; }

    public string AccountIban { get; init; } = "";

    /// <summary>The bank's reference of the transaction (AcctSvcrRef, else EndToEndId, else TxId).</summary>
    public string TransactionReference { get; init; } = "";

    public DateOnly BookingDate { get; init; }

    public DateOnly? ValueDate { get; init; }

    public decimal Amount { get; init; }

    public string Currency { get; init; } = "EUR";

    public string? PayerName { get; init; }

    /// <summary>The structured creditor reference, when the payer used one.</summary>
    public string? StructuredReference { get; init; }

    /// <summary>The free text of the transfer.</summary>
    public string? Remittance { get; init; }

    public BankTransactionStatus Status { get; set; } = BankTransactionStatus.Unmatched;

    /// <summary>The invoice the reference points to, proposed until finance confirms it.</summary>
    public Guid? InvoiceId { get; set; }

    public MatchKind? MatchedBy { get; set; }

    public Guid? PaymentId { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }
}

internal enum BankTransactionStatus
{
    Unmatched,
    Proposed,
    Booked,
    Ignored,
}

internal enum MatchKind
{
    StructuredReference,
    InvoiceNumber,
    ChosenByHand,
}
