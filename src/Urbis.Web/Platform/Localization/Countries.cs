using System.Globalization;

namespace Urbis.Web.Platform.Localization;

/// <summary>
/// European countries (ISO 3166-1 alpha-2) with their names in each UI language. Reference data,
/// not UI text: .NET only names countries in the operating system's language.
/// </summary>
internal static class Countries
{
    public static readonly IReadOnlyList<Country> All =
    [
        new("AL", "Albania", "Albanie"), new("AM", "Armenia", "Arménie"), new("AT", "Austria", "Autriche"),
        new("BA", "Bosnia and Herzegovina", "Bosnie-Herzégovine"), new("BE", "Belgium", "Belgique"),
        new("BG", "Bulgaria", "Bulgarie"), new("CH", "Switzerland", "Suisse"), new("CY", "Cyprus", "Chypre"),
        new("CZ", "Czechia", "Tchéquie"), new("DE", "Germany", "Allemagne"), new("DK", "Denmark", "Danemark"),
        new("EE", "Estonia", "Estonie"), new("ES", "Spain", "Espagne"), new("FI", "Finland", "Finlande"),
        new("FR", "France", "France"), new("GB", "United Kingdom", "Royaume-Uni"), new("GE", "Georgia", "Géorgie"),
        new("GR", "Greece", "Grèce"), new("HR", "Croatia", "Croatie"), new("HU", "Hungary", "Hongrie"),
        new("IE", "Ireland", "Irlande"), new("IS", "Iceland", "Islande"), new("IT", "Italy", "Italie"),
        new("LI", "Liechtenstein", "Liechtenstein"), new("LT", "Lithuania", "Lituanie"),
        new("LU", "Luxembourg", "Luxembourg"), new("LV", "Latvia", "Lettonie"), new("MC", "Monaco", "Monaco"),
        new("MD", "Moldova", "Moldavie"), new("ME", "Montenegro", "Monténégro"),
        new("MK", "North Macedonia", "Macédoine du Nord"), new("MT", "Malta", "Malte"),
        new("NL", "Netherlands", "Pays-Bas"), new("NO", "Norway", "Norvège"), new("PL", "Poland", "Pologne"),
        new("PT", "Portugal", "Portugal"), new("RO", "Romania", "Roumanie"), new("RS", "Serbia", "Serbie"),
        new("SE", "Sweden", "Suède"), new("SI", "Slovenia", "Slovénie"), new("SK", "Slovakia", "Slovaquie"),
        new("TR", "Türkiye", "Turquie"), new("UA", "Ukraine", "Ukraine"), new("XK", "Kosovo", "Kosovo"),
    ];

    private static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static bool Exists(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Country? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var c) ? c : null;

    /// <summary>The country's name in the current UI language (the code itself if unknown).</summary>
    public static string Name(string? code) => Find(code)?.Name ?? code ?? "";

    /// <summary>All countries sorted by their name in the current UI language.</summary>
    public static IEnumerable<Country> Sorted()
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        return All.OrderBy(c => c.Name, comparer);
    }
}

internal sealed record Country(string Code, string EnglishName, string FrenchName)
{
    public string Name => Languages.Current.Code == Languages.French ? FrenchName : EnglishName;
}
