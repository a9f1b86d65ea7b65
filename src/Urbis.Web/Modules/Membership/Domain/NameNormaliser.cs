using System.Globalization;
using System.Text;

namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>
/// Reduces an authority's name to what tells it apart, so that "L'Hospitalet de Llobregat" and
/// "l hospitalet-de-llobregat", or "Łódź" and "Lodz", are the same: lower case, accents removed
/// (Unicode decomposition), letters that do not decompose mapped by hand, punctuation and spaces
/// made one space.
/// </summary>
internal static class NameNormaliser
{
    // Letters that are not a base letter plus a combining mark, so decomposition leaves them alone.
    private static readonly Dictionary<char, string> Undecomposable = new()
    {
        ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['ø'] = "o", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe",
        ['ı'] = "i", ['þ'] = "th", ['ħ'] = "h", ['ŀ'] = "l", ['ŧ'] = "t", ['ĸ'] = "k", ['ŋ'] = "n",
        ['ς'] = "σ", // Greek final sigma is the same letter as σ
    };

    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (Undecomposable.TryGetValue(c, out var replacement))
            {
                builder.Append(replacement);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
