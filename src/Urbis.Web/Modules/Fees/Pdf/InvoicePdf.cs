using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Pdf;

namespace Urbis.Web.Modules.Fees.Pdf;

/// <summary>
/// Draws an invoice or credit note on one A4 page with PDFsharp, in the member's language: the
/// network's legal details, the member's billing address and finance contact, number and dates,
/// lines, total, payment instructions (IBAN, BIC, structured reference) and the legal mentions.
/// Thread-safe: the annual run draws many at once.
/// </summary>
internal sealed class InvoicePdf(IStringLocalizer<FeesResource> l, FeeTexts texts, IOptions<FeesOptions> options)
{
    private const double Left = 50;
    private const double Right = 545;
    private static readonly XColor Ink = XColor.FromArgb(0x21, 0x25, 0x29);
    private static readonly XColor Muted = XColor.FromArgb(0x49, 0x50, 0x57);
    private static readonly XColor Brand = XColor.FromArgb(0x14, 0x36, 0x5d);
    private static readonly XColor Shade = XColor.FromArgb(0xe9, 0xee, 0xf4);

    public byte[] Render(Invoice invoice)
    {
        EmbeddedFontResolver.Install();
        return Languages.In(invoice.Language, () => Draw(invoice));
    }

    private byte[] Draw(Invoice invoice)
    {
        var issuer = options.Value.Issuer;
        var title = invoice.IsCreditNote ? l["Credit note"].Value : l["Invoice"].Value;
        using var document = new PdfDocument();
        document.Info.Title = $"{title} {invoice.Number}";
        document.Info.Author = issuer.LegalName;
        document.Info.Subject = l["Membership fee {0}", invoice.FeeYear];
        document.Info.CreationDate = invoice.CreatedAt;
        document.Info.ModificationDate = invoice.CreatedAt;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var g = XGraphics.FromPdfPage(page))
        {
            var family = EmbeddedFontResolver.FamilyFor([invoice.CustomerName, invoice.CustomerAddress, invoice.ContactName, invoice.ContactEmail, invoice.CorrectionReason,
                issuer.LegalName, issuer.Address, issuer.LegalMentionsIn(invoice.Language), issuer.BankName, .. invoice.Lines.SelectMany(l => new[] { l.Description, l.Detail })]);
            var pen = new Pen(g, family);
            DrawIssuer(pen, issuer);
            DrawTitle(pen, invoice, title);
            var y = DrawCustomer(pen, invoice, 200);
            y = DrawLines(pen, invoice, y + 24);
            y = invoice.IsCreditNote ? DrawCancellation(pen, invoice, y + 20) : DrawPayment(pen, invoice, issuer, y + 20);
            DrawFooter(pen, issuer.LegalMentionsIn(invoice.Language), page.Height.Point);
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private void DrawIssuer(Pen pen, IssuerOptions issuer)
    {
        var y = pen.Paragraph(issuer.LegalName, pen.Bold(11), Brand, Left, 50, 280);
        foreach (var line in issuer.AddressLines)
        {
            y = pen.Line(line, pen.Regular(9), Ink, Left, y);
        }

        foreach (var line in new[] { issuer.VatNumber is { } vat ? l["VAT number {0}", vat].Value : null, issuer.RegistrationNumber, issuer.Email, issuer.Website }.OfType<string>())
        {
            y = pen.Line(line, pen.Regular(8.5), Muted, Left, y);
        }
    }

    private void DrawTitle(Pen pen, Invoice invoice, string title)
    {
        pen.Text(title.ToUpper(CultureInfo.CurrentCulture), pen.Bold(20), Brand, 345, 48, Right - 345, XStringFormats.TopRight);
        var rows = new List<(string, string)>
        {
            (invoice.IsCreditNote ? l["Credit note number"] : l["Invoice number"], invoice.Number),
            (l["Date of issue"], invoice.IssueDate.ToString("d", CultureInfo.CurrentCulture)),
        };
        if (!invoice.IsCreditNote)
        {
            rows.Add((l["Due date"], invoice.DueDate.ToString("d", CultureInfo.CurrentCulture)));
        }

        rows.Add((l["Membership year"], invoice.FeeYear.ToString(CultureInfo.InvariantCulture)));
        if (invoice.CorrectsNumber is { } corrected)
        {
            rows.Add((invoice.IsCreditNote ? l["Cancels invoice"] : l["Replaces invoice"], corrected));
        }

        var y = 82.0;
        foreach (var (label, value) in rows)
        {
            pen.Text(label, pen.Regular(9), Muted, 345, y, 100, XStringFormats.TopLeft);
            pen.Text(value, pen.Bold(9), Ink, 445, y, Right - 445, XStringFormats.TopRight);
            y += 14;
        }
    }

    private double DrawCustomer(Pen pen, Invoice invoice, double top)
    {
        pen.G.DrawRectangle(new XSolidBrush(Shade), Left - 8, top - 8, 300, 118);
        var y = pen.Line(l["Bill to"], pen.Regular(8.5), Muted, Left, top);
        y = pen.Paragraph(invoice.CustomerName, pen.Bold(10.5), Ink, Left, y + 2, 280);
        if (invoice.ContactName is { } contact)
        {
            y = pen.Line(l["For the attention of {0}", contact], pen.Regular(9), Ink, Left, y);
        }

        foreach (var line in invoice.CustomerAddress.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            y = pen.Paragraph(line, pen.Regular(9), Ink, Left, y, 280);
        }

        y = pen.Line(Countries.Name(invoice.CustomerCountry), pen.Regular(9), Ink, Left, y);
        pen.Text(l["Membership category"], pen.Regular(8.5), Muted, 370, top, Right - 370, XStringFormats.TopLeft);
        pen.Text(texts.Category(invoice.Category), pen.Bold(9.5), Ink, 370, top + 12, Right - 370, XStringFormats.TopLeft);
        if (invoice.ContactEmail is { } email)
        {
            pen.Text(l["Sent to"], pen.Regular(8.5), Muted, 370, top + 34, Right - 370, XStringFormats.TopLeft);
            pen.Paragraph(email, pen.Regular(9), Ink, 370, top + 46, Right - 370);
        }

        return Math.Max(y, top + 110);
    }

    private double DrawLines(Pen pen, Invoice invoice, double top)
    {
        pen.G.DrawRectangle(new XSolidBrush(Brand), Left - 8, top, Right - Left + 8, 20);
        pen.Text(l["Description"], pen.Bold(9), XColors.White, Left, top + 5, 300, XStringFormats.TopLeft);
        pen.Text(l["Amount"], pen.Bold(9), XColors.White, 400, top + 5, Right - 400 - 4, XStringFormats.TopRight);
        var y = top + 28;
        foreach (var line in invoice.Lines)
        {
            var start = y;
            y = pen.Paragraph(line.Description, pen.Bold(9.5), Ink, Left, y, 330);
            if (line.Detail is { } detail)
            {
                y = pen.Paragraph(detail, pen.Regular(8.5), Muted, Left, y + 1, 330);
            }

            pen.Text(texts.Money(line.Amount, invoice.Currency), pen.Regular(9.5), Ink, 400, start, Right - 400 - 4, XStringFormats.TopRight);
            y += 8;
            pen.G.DrawLine(new XPen(Shade, 1), Left - 8, y, Right, y);
            y += 8;
        }

        var totalLabel = invoice.IsCreditNote ? l["Total credited"] : l["Total due"];
        pen.Text(totalLabel, pen.Bold(11), Ink, 230, y, 160, XStringFormats.TopRight);
        pen.Text(texts.Money(Math.Abs(invoice.Total), invoice.Currency), pen.Bold(11), Brand, 400, y, Right - 400 - 4, XStringFormats.TopRight);
        return y + 18;
    }

    private double DrawPayment(Pen pen, Invoice invoice, IssuerOptions issuer, double top)
    {
        var y = pen.Line(l["How to pay"], pen.Bold(10.5), Brand, Left, top);
        y = pen.Paragraph(
            l["Please transfer {0} by {1} to the account below, quoting the structured reference so that your payment is matched automatically.", texts.Money(invoice.Total, invoice.Currency), invoice.DueDate.ToString("d", CultureInfo.CurrentCulture)],
            pen.Regular(9), Ink, Left, y + 2, Right - Left);
        y += 6;
        var rows = new List<(string, string)>
        {
            (l["Beneficiary"], issuer.LegalName),
            ("IBAN", Iban.Print(issuer.Iban)),
            ("BIC", issuer.Bic),
        };
        if (issuer.BankName is { } bank)
        {
            rows.Add((l["Bank"], bank));
        }

        rows.Add((l["Structured reference"], CreditorReference.Print(invoice.PaymentReference)));
        foreach (var (label, value) in rows)
        {
            pen.Text(label, pen.Regular(9), Muted, Left, y, 130, XStringFormats.TopLeft);
            y = Math.Max(y + 13, pen.Paragraph(value, pen.Bold(9), Ink, Left + 130, y, Right - Left - 130));
        }

        return y;
    }

    private double DrawCancellation(Pen pen, Invoice invoice, double top)
    {
        var y = pen.Paragraph(l["This credit note cancels invoice {0}. Nothing is to be paid for it; what was paid is carried over or refunded.", invoice.CorrectsNumber ?? ""], pen.Regular(9), Ink, Left, top, Right - Left);
        if (invoice.CorrectionReason is { } reason)
        {
            y = pen.Paragraph(l["Reason: {0}", reason], pen.Regular(9), Ink, Left, y + 2, Right - Left);
        }

        return y;
    }

    private void DrawFooter(Pen pen, string mentions, double height)
    {
        var lines = pen.Wrap(mentions, pen.Regular(7.5), Right - Left);
        var y = height - 40 - (lines.Count * 10);
        pen.G.DrawLine(new XPen(Shade, 1), Left, y - 6, Right, y - 6);
        foreach (var line in lines)
        {
            y = pen.Line(line, pen.Regular(7.5), Muted, Left, y, 10);
        }

        pen.Text(l["Page {0} of {1}", 1, 1], pen.Regular(7.5), Muted, Left, height - 30, Right - Left, XStringFormats.TopRight);
    }
}
