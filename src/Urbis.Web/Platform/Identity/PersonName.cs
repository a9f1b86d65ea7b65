using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Urbis.Web.Platform.Identity;

/// <summary>
/// What a person's name may hold: any script (also right-to-left ones) and symbols, but no markup
/// characters, no control characters and no invisible direction overrides, which can make a name
/// display as something else (Trojan Source, CVE-2021-42574).
/// </summary>
internal static class PersonName
{
    public static string Normalize(string? name) => (name ?? "").Trim().Normalize(System.Text.NormalizationForm.FormC);

    /// <summary>Why the (normalised) name cannot be used, or null when it can.</summary>
    public static string? Problem(string name, IStringLocalizer<AccountResource> l)
    {
        if (name.Length == 0)
        {
            return l["Enter your name."];
        }

        if (name.Length > User.DisplayNameMaxLength)
        {
            return l["Use at most {0} characters.", User.DisplayNameMaxLength];
        }

        return HasForbiddenCharacters(name) ? l["A name cannot contain < or >, control characters or hidden text-direction characters."].Value : null;
    }

    public static bool HasForbiddenCharacters(string name) => name.Any(IsForbidden);

    private static bool IsForbidden(char c) =>
        c is '<' or '>' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
        || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
