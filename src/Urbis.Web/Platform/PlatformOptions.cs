using System.ComponentModel.DataAnnotations;

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

    public string Link(string pathAndQuery) => PublicBaseUrl.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');
}
