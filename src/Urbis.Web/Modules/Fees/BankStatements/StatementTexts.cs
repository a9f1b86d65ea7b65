using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.Web.Modules.Fees.BankStatements;

/// <summary>Why a statement file or a booking is refused, in words a finance officer acts on.</summary>
internal sealed class StatementTexts(IStringLocalizer<FeesResource> l, IOptions<FeesOptions> options)
{
    public string Problem(StatementProblem problem) => problem.Code switch
    {
        StatementProblemCode.Empty => l["The file is empty."],
        StatementProblemCode.TooLarge => l["The file is larger than {0} MB: a bank statement is much smaller. Check that it is the right file.", options.Value.MaxStatementBytes / (1024 * 1024)],
        StatementProblemCode.UnknownFormat => l["Choose a CAMT.053 statement (.xml) or a CSV file (.csv)."],
        StatementProblemCode.NotWellFormed => problem.Detail is { } line ? l["The file cannot be read (line {0}): it is damaged or not a statement.", line] : l["The file cannot be read: it is damaged or not a statement."],
        StatementProblemCode.NotCamt053 => l["This XML file is not a CAMT.053 bank statement."],
        StatementProblemCode.ForbiddenContent => l["The file contains a document type declaration, which statements never have: it is refused for safety."],
        StatementProblemCode.MissingValue => l["A transaction lacks a required value ({0}).", problem.Detail ?? ""],
        StatementProblemCode.BadAmount => l["A transaction has no readable amount ({0}).", problem.Detail ?? ""],
        StatementProblemCode.BadDate => l["A transaction has no readable date ({0}).", problem.Detail ?? ""],
        StatementProblemCode.TooManyEntries => l["The file has more than {0} transactions: split it.", problem.Detail ?? ""],
        StatementProblemCode.CsvHeader => l["The CSV file's first line must name its columns; missing: {0}.", problem.Detail ?? ""],
        StatementProblemCode.WrongAccount => l["This statement is for account {0}, not the network's account {1}.", problem.Detail ?? "", Iban.Print(options.Value.Issuer.Iban)],
        StatementProblemCode.AlreadyImported => problem.Detail is { } when ? l["This statement was already imported on {0}: nothing was imported again.", when] : l["Every transaction of this file was already imported: nothing was imported again."],
        _ => l["The statement has no credit in euros: there is nothing to match."],
    };

    public string Booking(BookingError error) => error switch
    {
        BookingError.NotOpen => l["Already booked or ignored."],
        BookingError.InvoiceNotFound => l["There is no invoice with this number."],
        BookingError.InvoiceCancelled => l["This invoice is cancelled by a credit note: choose the invoice that replaces it."],
        BookingError.NoInvoice => l["Type the number of the invoice this transfer pays."],
        _ => l["This payment cannot be recorded on that invoice."],
    };
}
