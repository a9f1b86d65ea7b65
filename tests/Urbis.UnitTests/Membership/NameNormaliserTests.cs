using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.UnitTests.Membership;

/// <summary>Two spellings of one authority's name are the same after normalising; different authorities stay apart.</summary>
public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("L'Hospitalet de Llobregat", "l hospitalet-de-llobregat")]
    [InlineData("L’Hospitalet de Llobregat", "L'HOSPITALET DE LLOBREGAT")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("ŁÓDŹ", "łódź")]
    [InlineData("Düsseldorf", "Dusseldorf")]
    [InlineData("Düsseldorf", "DÜSSELDORF")]
    [InlineData("'s-Hertogenbosch", "s Hertogenbosch")]
    [InlineData("'s-Hertogenbosch", "S-HERTOGENBOSCH")]
    [InlineData("Αλεξανδρούπολη", "ΑΛΕΞΑΝΔΡΟΥΠΟΛΗ")]
    [InlineData("Αλεξανδρούπολη", "αλεξανδρουπολη")]
    [InlineData("  Saint-Étienne  ", "saint etienne")]
    [InlineData("Ville de Liège", "ville de liege")]
    [InlineData("Gdańsk", "GDANSK")]
    [InlineData("Malmö", "malmo")]
    [InlineData("Ørsted", "orsted")]
    [InlineData("Straße", "strasse")]
    [InlineData("Kraków", "krakow")]
    [InlineData("São João da Madeira", "sao joao da madeira")]
    public void Spellings_of_the_same_name_match(string one, string other) =>
        NameNormaliser.Normalise(one).ShouldBe(NameNormaliser.Normalise(other));

    [Theory]
    [InlineData("Lodz", "Leeds")]
    [InlineData("Bosch", "'s-Hertogenbosch")]
    [InlineData("Saint-Denis", "Saint-Étienne")]
    [InlineData("Αλεξανδρούπολη", "Alexandroupoli")]
    public void Different_names_do_not_match(string one, string other) =>
        NameNormaliser.Normalise(one).ShouldNotBe(NameNormaliser.Normalise(other));

    [Fact]
    public void The_result_is_lower_case_letters_and_single_spaces()
    {
        NameNormaliser.Normalise(" L'Hospitalet  -- de\tLlobregat!! ").ShouldBe("l hospitalet de llobregat");
        NameNormaliser.Normalise("Łódź").ShouldBe("lodz");
        NameNormaliser.Normalise("Αλεξανδρούπολη").ShouldBe("αλεξανδρουπολη");
        NameNormaliser.Normalise("Θεσσαλονίκης").ShouldBe("θεσσαλονικησ");
        NameNormaliser.Normalise(null).ShouldBe("");
        NameNormaliser.Normalise("  ").ShouldBe("");
    }
}
