using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>Reading typed text, dates and phone numbers the way people type them (numbers and web addresses: <see cref="Platform.Web.TypedValues"/>).</summary>
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

    public static bool IsPhone(string value) => Phone().IsMatch(value);

    [GeneratedRegex("^\\+?[0-9 ().\\-/]{6,30}$")]
    private static partial Regex Phone();
}
