using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Urbis.Web.Platform.Identity.Sessions;

/// <summary>
/// Starts a session under a key never used before, at every sign-in and every renewal of the
/// sign-in (OWASP ASVS 5.0 7.2.4). The cookie handler of a request remembers the key of the
/// session the request came with and would store the new sign-in under that same key: whoever
/// holds a copy of the old cookie (a fixed or stolen session, a session "ended" a moment before)
/// would carry on in the new one. So the old session is signed out, and a handler of our own,
/// which never saw a live session, issues the new cookie.
/// </summary>
internal sealed class SessionStarter(
    IOptionsMonitor<CookieAuthenticationOptions> options,
    ILoggerFactory loggers,
    UrlEncoder encoder,
    IAuthenticationSchemeProvider schemes)
{
    public async Task StartAsync(HttpContext context, string scheme, ClaimsPrincipal principal, bool isPersistent)
    {
        if ((await context.AuthenticateAsync(scheme)).Succeeded)
        {
            // Deletes the old session and keeps the request's handler from renewing it at the end.
            await context.SignOutAsync(scheme);
        }

        var handler = new CookieAuthenticationHandler(options, loggers, encoder);
        var definition = await schemes.GetSchemeAsync(scheme) ?? throw new InvalidOperationException($"No authentication scheme {scheme}.");
        await handler.InitializeAsync(definition, context);
        await handler.SignInAsync(principal, new AuthenticationProperties { IsPersistent = isPersistent });
    }
}
