using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Platform.Localization;

/// <summary>
/// Chooses the request's language: a link that names it (`?lang=fr`, as in e-mails), else the
/// visitor's explicit choice (cookie), else the signed-in person's saved preference, else the
/// browser's Accept-Language, else English.
/// </summary>
internal sealed class LanguageCultureProvider : RequestCultureProvider
{
    public const string CookieName = "urbis-lang";
    public const string QueryName = "lang";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var cookies = httpContext.RequestServices.GetRequiredService<UrbisCookies>();
        var language = Languages.Find(httpContext.Request.Query[QueryName])
            ?? Languages.Find(httpContext.Request.Cookies[cookies.Name(CookieName)])
            ?? Languages.Find(httpContext.User.FindFirst(UrbisClaims.Language)?.Value)
            ?? FromAcceptLanguage(httpContext.Request);
        return Task.FromResult(language is null ? null : new ProviderCultureResult(language.CultureName));
    }

    private static Language? FromAcceptLanguage(HttpRequest request)
    {
        var header = request.GetTypedHeaders().AcceptLanguage;
        return header
            .Where(h => h.Quality is null or > 0)
            .OrderByDescending(h => h.Quality ?? 1)
            .Select(h => Languages.Find(h.Value.Value))
            .FirstOrDefault(l => l is not null);
    }
}
