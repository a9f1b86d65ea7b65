using PdfSharp.Drawing;

namespace Urbis.Web.Modules.Fees.Pdf;

/// <summary>Text on a PDF page from the top down: lines, wrapped paragraphs, aligned cells.</summary>
internal sealed class Pen(XGraphics g, string family)
{
    private static readonly XPdfFontOptions Unicode = new(PdfSharp.Pdf.PdfFontEncoding.Unicode);

    private readonly Dictionary<(double, bool), XFont> fonts = [];

    public XGraphics G => g;

    public XFont Regular(double size) => Font(size, bold: false);

    public XFont Bold(double size) => Font(size, bold: true);

    public void Text(string text, XFont font, XColor color, double x, double y, double width, XStringFormat format) =>
        g.DrawString(text, font, new XSolidBrush(color), new XRect(x, y, width, font.Size * 1.3), format);

    /// <summary>One line of text; returns where the next line starts.</summary>
    public double Line(string text, XFont font, XColor color, double x, double y, double? leading = null)
    {
        Text(text, font, color, x, y, 500, XStringFormats.TopLeft);
        return y + (leading ?? font.Size * 1.35);
    }

    /// <summary>Text wrapped at word boundaries to <paramref name="width"/>; returns where the next line starts.</summary>
    public double Paragraph(string text, XFont font, XColor color, double x, double y, double width)
    {
        foreach (var line in Wrap(text, font, width))
        {
            y = Line(line, font, color, x, y);
        }

        return y;
    }

    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Split(w, font, width)))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && g.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>A word longer than the line (an e-mail address, a reference) is cut where it must.</summary>
    private IEnumerable<string> Split(string word, XFont font, double width)
    {
        while (word.Length > 1 && g.MeasureString(word, font).Width > width)
        {
            var take = word.Length - 1;
            while (take > 1 && g.MeasureString(word[..take], font).Width > width)
            {
                take--;
            }

            yield return word[..take];
            word = word[take..];
        }

        yield return word;
    }

    private XFont Font(double size, bool bold)
    {
        if (!fonts.TryGetValue((size, bold), out var font))
        {
            // One (Unicode) encoding for all text: otherwise PDFsharp embeds each font twice, once for
            // the text that fits Windows-1252 and once for the rest (a French narrow space is enough).
            font = new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            fonts[(size, bold)] = font;
        }

        return font;
    }
}
