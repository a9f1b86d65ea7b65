using System.Reflection;
using PdfSharp.Fonts;

namespace Urbis.Web.Platform.Pdf;

/// <summary>
/// PDFsharp finds no fonts on Linux by itself, and a PDF must not depend on the fonts of whichever
/// machine renders it: Urbis ships DejaVu Sans (regular and bold) as embedded resources, cut down to
/// the European scripts by scripts/make-pdf-fonts.sh (Bitstream Vera / DejaVu licence, Fonts/LICENSE.txt).
/// Every family name resolves to it.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "Urbis Sans";
    private const string Regular = "urbis-sans-regular";
    private const string Bold = "urbis-sans-bold";

    private static readonly Lock Gate = new();
    private static readonly Lazy<byte[]> RegularFace = new(() => Read("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldFace = new(() => Read("DejaVuSans-Bold.ttf"));

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => faceName == Bold ? BoldFace.Value : RegularFace.Value;

    private static byte[] Read(string file)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Pdf.Fonts." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
