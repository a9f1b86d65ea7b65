using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>Reading typed values the way people type them (thousands separators, a web address without "https://").</summary>
internal static partial class FormValues
{
    /// <summary>Trimmed text without control characters (line breaks and tabs kept); null when empty.</summary>
    public static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            if (!char.IsControl(c) || c is '\n' or '\r' or '\t')
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A whole number, allowing groups of three digits separated by spaces, dots, commas or apostrophes.</summary>
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

    /// <summary>A date as a date field sends it (yyyy-mm-dd), or as typed in the reader's culture.</summary>
    public static DateOnly? Date(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        return DateOnly.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.None, out var local) ? local : null;
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

    public static bool IsPhone(string value) => Phone().IsMatch(value);

    [GeneratedRegex("^(\\d+|\\d{1,3}([ .,'\\u00A0\\u202F]\\d{3})+)$")]
    private static partial Regex Grouped();

    [GeneratedRegex("^\\+?[0-9 ().\\-/]{6,30}$")]
    private static partial Regex Phone();
}
