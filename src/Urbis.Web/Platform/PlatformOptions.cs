using System.ComponentModel.DataAnnotations;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform;

internal sealed class PlatformOptions
{
    public const string Section = "Urbis";

    /// <summary>
    /// The address people use to reach Urbis, for links in e-mails. Never taken from the request's
    /// Host header, which a client controls.
    /// </summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The network's name as shown in the UI and e-mails.</summary>
    [Required]
    public string NetworkName { get; set; } = "Urbis";

    /// <summary>The network's time zone (IANA id): calendar dates, deadlines and daily jobs follow it.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Brussels";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public string Link(string pathAndQuery) => PublicBaseUrl.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');

    /// <summary>A link for an e-mail: the page it opens speaks the recipient's language (and remembers it).</summary>
    public string Link(string pathAndQuery, string language) =>
        Link(pathAndQuery) + (pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + LanguageCultureProvider.QueryName + "=" + Uri.EscapeDataString(language);
}
