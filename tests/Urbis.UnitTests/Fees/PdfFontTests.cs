using Urbis.Web.Platform.Pdf;

namespace Urbis.UnitTests.Fees;

/// <summary>An invoice uses the small Latin font unless its text needs Greek or Cyrillic letters.</summary>
public sealed class PdfFontTests
{
    [Theory]
    [InlineData("Liège, Łódź, Brașov, Ærøskøbing, Nyíregyháza, Škofja Loka – 4 500,00 € № 1")]
    [InlineData("Place du Marché 2\n4000 Liège")]
    public void Latin_names_and_addresses_take_the_latin_font(string text) =>
        EmbeddedFontResolver.FamilyFor([text, null]).ShouldBe(EmbeddedFontResolver.Latin);

    [Theory]
    [InlineData("Δήμος Αθηναίων")]
    [InlineData("Київ")]
    [InlineData("Ḯ")]
    public void Other_letters_of_europe_take_the_extended_font(string text) =>
        EmbeddedFontResolver.FamilyFor(["Liège", text]).ShouldBe(EmbeddedFontResolver.Extended);
}
