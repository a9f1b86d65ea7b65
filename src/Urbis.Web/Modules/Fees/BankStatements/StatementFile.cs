namespace Urbis.Web.Modules.Fees.BankStatements;

/// <summary>A bank statement as read from a file, before anything is saved.</summary>
internal sealed record StatementFile(string? AccountIban, string? StatementReference, IReadOnlyList<StatementEntry> Entries);

/// <summary>One movement on the account (credits are payments to the network).</summary>
internal sealed record StatementEntry(
    string TransactionReference,
    DateOnly BookingDate,
    DateOnly? ValueDate,
    decimal Amount,
    string Currency,
    bool IsCredit,
    string? PayerName,
    string? StructuredReference,
    string? Remittance);

/// <summary>Why a file cannot be imported (with the line or entry concerned, if any).</summary>
internal sealed record StatementProblem(StatementProblemCode Code, string? Detail = null);

internal enum StatementProblemCode
{
    Empty,
    TooLarge,
    UnknownFormat,
    NotWellFormed,
    NotCamt053,
    ForbiddenContent,
    MissingValue,
    BadAmount,
    BadDate,
    TooManyEntries,
    CsvHeader,
    WrongAccount,
    AlreadyImported,
    NoCredit,
}

/// <summary>The result of reading a file: the statement, or the problem.</summary>
internal sealed record StatementRead(StatementFile? File, StatementProblem? Problem)
{
    public static StatementRead Refused(StatementProblemCode code, string? detail = null) => new(null, new StatementProblem(code, detail));
}
