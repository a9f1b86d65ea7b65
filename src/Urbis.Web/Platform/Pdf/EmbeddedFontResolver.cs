using System.Reflection;
using PdfSharp.Fonts;

namespace Urbis.Web.Platform.Pdf;

/// <summary>
/// PDFsharp finds no fonts on Linux by itself, and a PDF must not depend on the fonts of whichever
/// machine renders it: Urbis ships DejaVu Sans (regular and bold) as embedded resources, cut down by
/// scripts/make-pdf-fonts.sh (Bitstream Vera / DejaVu licence, Fonts/LICENSE.txt) into two families:
/// <see cref="Latin"/> (the Latin alphabets of Europe, about 400 glyphs) and <see cref="Extended"/>
/// (Latin, Greek and Cyrillic). PDFsharp embeds a subset of the font in every document but keeps the
/// font's glyph tables at full length, so the small font makes each PDF about half the size and
/// faster to write; a document uses the extended one only when its text needs it (<see cref="FamilyFor"/>).
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Latin = "Urbis Sans";
    public const string Extended = "Urbis Sans Extended";

    /// <summary>What the Latin font covers: the same ranges as scripts/make-pdf-fonts.sh.</summary>
    private static readonly (int From, int To)[] LatinRanges =
    [
        (0x20, 0x7E), (0xA0, 0x17F), (0x218, 0x21B), (0x2010, 0x2027), (0x202F, 0x202F), (0x2030, 0x2030), (0x2039, 0x203A),
        (0x20AC, 0x20AC), (0x2116, 0x2116), (0x2122, 0x2122), (0x2212, 0x2212),
    ];

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Lazy<byte[]>> Faces = new(StringComparer.Ordinal)
    {
        ["latin"] = new(() => Read("DejaVuSans-latin.ttf")),
        ["latin-bold"] = new(() => Read("DejaVuSans-Bold-latin.ttf")),
        ["extended"] = new(() => Read("DejaVuSans-extended.ttf")),
        ["extended-bold"] = new(() => Read("DejaVuSans-Bold-extended.ttf")),
    };

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

    /// <summary>The family that can write every character of the texts (line breaks aside).</summary>
    public static string FamilyFor(IEnumerable<string?> texts) =>
        texts.All(t => t is null || t.EnumerateRunes().All(r => r.Value is '\n' or '\r' || LatinRanges.Any(x => r.Value >= x.From && r.Value <= x.To)))
            ? Latin
            : Extended;

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new((familyName == Extended ? "extended" : "latin") + (isBold ? "-bold" : ""), mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var face) ? face.Value : Faces["latin"].Value;

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
