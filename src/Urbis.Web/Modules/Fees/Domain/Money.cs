using System.Globalization;

namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>
/// Amounts as people of each language write them: "€4,500.00" in English, "4 500,00 €" in French.
/// The culture's own currency sign is replaced (en-GB would print pounds).
/// </summary>
internal static class Money
{
    public static string Format(decimal amount, string currency, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = currency == "EUR" ? "€" : currency;
        format.CurrencyNegativePattern = culture.TwoLetterISOLanguageName == "fr" ? 8 : 1;
        return amount.ToString("C2", format);
    }

    /// <summary>
    /// Reads an amount as people type it: "4500.50", "4 500,50", "4,500.50", "€ 4.500,50". With both
    /// separators the last one is the decimal mark; a lone separator followed by three digits is a
    /// thousands separator only where the language uses it (English "4,500" is 4500, French "4,500"
    /// is 4.5). Anything else — letters, two signs, badly grouped digits — is refused.
    /// </summary>
    public static bool TryParse(string? text, out decimal amount, CultureInfo? culture = null)
    {
        amount = 0m;
        culture ??= CultureInfo.CurrentCulture;
        var s = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '€')).ToArray());
        var negative = s.StartsWith('-');
        s = negative ? s[1..] : s;
        if (s.Length == 0)
        {
            return false;
        }

        var (dot, comma) = (s.LastIndexOf('.'), s.LastIndexOf(','));
        char? mark = null;
        if (dot >= 0 && comma >= 0)
        {
            mark = dot > comma ? '.' : ',';
        }
        else if (dot >= 0 || comma >= 0)
        {
            var c = dot >= 0 ? '.' : ',';
            var single = s.Count(x => x == c) == 1;
            var groupsHere = culture.NumberFormat.NumberGroupSeparator == c.ToString() && s.Length - s.LastIndexOf(c) - 1 == 3;
            mark = single && !groupsHere ? c : null;
        }

        var split = mark is { } m ? s.LastIndexOf(m) : s.Length;
        var (whole, fraction) = (s[..split], mark is null ? "" : s[(split + 1)..]);
        var group = whole.FirstOrDefault(c => c is '.' or ',');
        var parts = group == default ? [whole] : whole.Split(group);
        var wellGrouped = parts.Length == 1 || (parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3));
        if (!wellGrouped || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) || !fraction.All(char.IsAsciiDigit) || (mark is not null && fraction.Length == 0))
        {
            return false;
        }

        var digits = string.Concat(parts) + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }

    /// <summary>A whole number of inhabitants typed with or without separators ("250 000", "250,000", "250.000").</summary>
    public static bool TryParseCount(string? text, out long count)
    {
        count = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = new string(text.Where(c => !(char.IsWhiteSpace(c) || c is ',' or '.' or '\'' or '\u00A0' or '\u202F')).ToArray());
        return digits.All(char.IsAsciiDigit) && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }
}
