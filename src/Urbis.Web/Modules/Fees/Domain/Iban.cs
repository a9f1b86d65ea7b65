using System.Numerics;

namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>IBANs (ISO 13616): normalised without spaces, checked with their mod-97 digits, printed in groups of four.</summary>
internal static class Iban
{
    public static string Normalize(string? iban) =>
        new((iban ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static bool IsValid(string? iban)
    {
        var value = Normalize(iban);
        return value.Length is >= 15 and <= 34 && char.IsLetter(value[0]) && char.IsLetter(value[1])
            && value.All(char.IsAsciiLetterOrDigit) && Mod97(value[4..] + value[..4]) == 1;
    }

    public static string Print(string? iban) => string.Join(' ', Normalize(iban).Chunk(4).Select(c => new string(c)));

    /// <summary>Letters count as 10 (A) to 35 (Z), as ISO 7064 MOD 97-10 asks.</summary>
    internal static int Mod97(string text)
    {
        var digits = string.Concat(text.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (char.ToUpperInvariant(c) - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (int)(BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97);
    }
}
