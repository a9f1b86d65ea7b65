using Microsoft.AspNetCore.Mvc;

namespace Urbis.Web.Platform.Web;

/// <summary>Return addresses are only ever local paths: no open redirect (OWASP ASVS 5.1.5).</summary>
internal static class LocalUrl
{
    public static string OrHome(IUrlHelper url, string? returnUrl, string home = "/") =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : home;
}
