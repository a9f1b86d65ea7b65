namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>
/// The structured payment reference of an invoice: an ISO 11649 creditor reference ("RF" + two
/// check digits + the invoice number's characters), which European banks carry unchanged from the
/// payer to the statement (CAMT.053 Strd/CdtrRefInf/Ref), so payments can be matched exactly.
/// </summary>
internal static class CreditorReference
{
    public static string For(string invoiceNumber)
    {
        var body = new string(invoiceNumber.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        var check = 98 - Iban.Mod97(body + "RF00");
        return $"RF{check:00}{body}";
    }

    public static string Normalize(string? reference) =>
        new((reference ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static bool IsValid(string? reference)
    {
        var value = Normalize(reference);
        return value.Length is >= 5 and <= 25 && value.StartsWith("RF", StringComparison.Ordinal)
            && Iban.Mod97(value[4..] + value[..4]) == 1;
    }

    /// <summary>In groups of four, as people copy it into their bank's form.</summary>
    public static string Print(string reference) => string.Join(' ', Normalize(reference).Chunk(4).Select(c => new string(c)));
}
