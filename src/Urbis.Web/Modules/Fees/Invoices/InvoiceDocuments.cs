using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Pdf;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Files;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Modules.Fees.Invoices;

internal sealed record InvoiceMail(string? ContactName, string CustomerName, string Number, bool IsCreditNote, int FeeYear, decimal Total, string Currency, DateOnly DueDate, string Iban, string Bic, string Reference, string? CorrectsNumber);

/// <summary>
/// The PDF of an issued invoice, kept once, and the e-mail that carries it to the member's finance
/// contact (in the member's language). Added to the caller's unit of work.
/// </summary>
internal sealed class InvoiceDocuments(InvoicePdf pdf, IFileStore files, Mailer mailer, IOptions<FeesOptions> options, NetworkCalendar calendar)
{
    public const string PdfType = "application/pdf";
    public const string MailTemplate = "/Modules/Fees/Invoices/InvoiceMail.cshtml";

    public byte[] Render(Invoice invoice) => pdf.Render(invoice);

    /// <summary>Keeps the PDF and queues the e-mail; false when nobody could be e-mailed (no finance contact e-mail).</summary>
    public async Task<bool> KeepAndSendAsync(Invoice invoice, byte[] document)
    {
        var fileId = files.Add(invoice.FileName, PdfType, document);
        invoice.KeepDocument(fileId);
        if (string.IsNullOrWhiteSpace(invoice.ContactEmail))
        {
            return false;
        }

        var issuer = options.Value.Issuer;
        var model = new InvoiceMail(invoice.ContactName, invoice.CustomerName, invoice.Number, invoice.IsCreditNote, invoice.FeeYear, invoice.Total, invoice.Currency,
            invoice.DueDate, Iban.Print(issuer.Iban), issuer.Bic, CreditorReference.Print(invoice.PaymentReference), invoice.CorrectsNumber);
        await mailer.QueueAsync(
            invoice.IsCreditNote ? "CreditNote" : "Invoice",
            new Recipient(invoice.ContactEmail, invoice.ContactName ?? invoice.CustomerName, invoice.Language),
            MailTemplate,
            model,
            [new MailAttachment(fileId, invoice.FileName, PdfType)]);
        invoice.MarkEmailed(calendar.UtcNow);
        return true;
    }
}
