using System.ComponentModel.DataAnnotations;
using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.Web.Modules.Fees;

/// <summary>The network's invoicing settings (section "Fees"), validated at start.</summary>
internal sealed class FeesOptions
{
    public const string Section = "Fees";

    /// <summary>Who issues the invoices: printed at the top of every invoice.</summary>
    public IssuerOptions Issuer { get; set; } = new();

    /// <summary>Days between the issue date and the due date.</summary>
    [Range(0, 365)]
    public int PaymentTermDays { get; set; } = 30;

    /// <summary>Days after the due date on which reminders go (one e-mail per step).</summary>
    public int[] ReminderDays { get; set; } = [30, 60, 90];

    /// <summary>A member is in arrears when an invoice is still unpaid this many days after its due date.</summary>
    [Range(0, 3650)]
    public int ArrearsAfterDays { get; set; } = 90;

    /// <summary>The rounding step proposed when a year's scale is copied with an uplift.</summary>
    [Range(typeof(decimal), "0", "1000")]
    public decimal RoundingStep { get; set; } = 10m;

    /// <summary>Bank statements larger than this are refused before they are read.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public int MaxStatementBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Members per batch (and so per short transaction) of the annual run.</summary>
    [Range(1, 5000)]
    public int RunBatchSize { get; set; } = 250;
}

internal sealed class IssuerOptions
{
    [Required]
    public string LegalName { get; set; } = "Urbis – European network of local and regional authorities for urban security AISBL";

    /// <summary>Postal address, one line per line.</summary>
    [Required]
    public string Address { get; set; } = "Rue de la Loi 1\n1000 Brussels\nBelgium";

    public string? VatNumber { get; set; } = "BE 0123.456.749";

    public string? RegistrationNumber { get; set; } = "RPM/RPR Brussels 0123.456.749";

    public string? Email { get; set; } = "finance@urbis.localhost";

    public string? Website { get; set; }

    /// <summary>The demo account (a valid IBAN of no one's): invoices that carry it must not be sent for real.</summary>
    public const string DemoIban = "BE71 0961 2345 6769";

    /// <summary>The account members pay into; bank statements of this account are imported.</summary>
    [Required]
    public string Iban { get; set; } = DemoIban;

    [Required]
    public string Bic { get; set; } = "GKCCBEBB";

    public string? BankName { get; set; } = "Belfius Bank";

    /// <summary>Mentions printed at the foot of every invoice, per language code (e.g. VAT status, late payment).</summary>
    public Dictionary<string, string> LegalMentions { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "Membership fees of a non-profit international association: not subject to VAT. Fees that remain unpaid may lead to the suspension of membership rights under the statutes.",
        ["fr"] = "Cotisations d'une association internationale sans but lucratif : non soumises à la TVA. Les cotisations impayées peuvent entraîner la suspension des droits de membre conformément aux statuts.",
    };

    public string LegalMentionsIn(string language) =>
        LegalMentions.TryGetValue(language, out var text) || LegalMentions.TryGetValue("en", out text) ? text : "";

    public IEnumerable<string> AddressLines => Address.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public bool HasValidIban => Domain.Iban.IsValid(Iban);

    /// <summary>Whether the network's own details are still the demo ones shipped in the code.</summary>
    public bool IsDemo => Domain.Iban.Print(Iban) == DemoIban;
}
