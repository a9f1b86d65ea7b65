using System.Globalization;
using System.Text.RegularExpressions;

namespace Urbis.Web.Platform.Web;

/// <summary>
/// Numbers and web addresses read the way people type them, the same on every form (the join form,
/// an authority's profile): thousands in groups of three with any usual separator, so that "12 500",
/// "12,500" and "12.500" are all 12500 whatever the page's language, while "12,5" is no whole number.
/// </summary>
internal static partial class TypedValues
{
    /// <summary>A whole number, allowing groups of three digits separated by spaces, dots, commas or apostrophes; null when it is not one.</summary>
    public static long? WholeNumber(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || !Grouped().IsMatch(text))
        {
            return null;
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        return digits.Length <= 12 ? long.Parse(digits, CultureInfo.InvariantCulture) : long.MaxValue;
    }

    /// <summary>An http(s) address ("www.example.org" gets "https://"); null when it is not one.</summary>
    public static string? WebAddress(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Any(char.IsWhiteSpace))
        {
            return null;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal)
            ? uri.ToString()
            : null;
    }

    [GeneratedRegex("^(\\d+|\\d{1,3}([ .,'\\u00A0\\u202F]\\d{3})+)$")]
    private static partial Regex Grouped();
}
