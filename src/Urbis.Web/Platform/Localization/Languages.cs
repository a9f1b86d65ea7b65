using System.Globalization;

namespace Urbis.Web.Platform.Localization;

/// <summary>
/// The languages of the UI. A language code ("fr") maps to the culture used for formatting
/// ("fr-FR"); English uses British conventions (day/month/year), as befits a European network.
/// </summary>
internal static class Languages
{
    public const string English = "en";
    public const string French = "fr";
    public const string Default = English;

    public static readonly IReadOnlyList<Language> Supported =
    [
        new(English, "en-GB", "English"),
        new(French, "fr-FR", "Français"),
    ];

    public static bool IsSupported(string? code) => Find(code) is not null;

    public static Language? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var language = code.Trim().Split('-', '_')[0];
        return Supported.FirstOrDefault(l => string.Equals(l.Code, language, StringComparison.OrdinalIgnoreCase));
    }

    public static Language Current => Find(CultureInfo.CurrentUICulture.Name) ?? Supported[0];

    /// <summary>Runs <paramref name="action"/> with the UI and formatting culture of <paramref name="code"/>.</summary>
    public static T In<T>(string? code, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var target = CultureInfo.GetCultureInfo((Find(code) ?? Supported[0]).CultureName);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = target;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}

internal sealed record Language(string Code, string CultureName, string NativeName);
