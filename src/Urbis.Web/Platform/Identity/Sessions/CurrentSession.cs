using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Urbis.Web.Platform.Identity.Sessions;

/// <summary>
/// The key of the session the current request belongs to, read from its cookie. Needed to end an
/// account's other sessions while keeping this one: within a request the cookie handler can only
/// renew its session, never start a new one, so ending it would sign the person out.
/// </summary>
internal sealed class CurrentSession(IHttpContextAccessor accessor, IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    // The one claim of the cookie's own ticket when tickets live in a session store.
    private const string SessionIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";

    public string? Key()
    {
        if (accessor.HttpContext is not { } context)
        {
            return null;
        }

        var options = cookies.Get(IdentityConstants.ApplicationScheme);
        var value = options.CookieManager.GetRequestCookie(context, options.Cookie.Name!);
        return string.IsNullOrEmpty(value) ? null : options.TicketDataFormat.Unprotect(value)?.Principal?.FindFirst(SessionIdClaim)?.Value;
    }
}
