using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Localization;

/// <summary>
/// The language switch. Anyone. GET sets only the visitor's cookie; POST (signed-in people, with
/// anti-forgery) also saves the choice on the account so that it follows them to any device.
/// </summary>
[AllowAnonymous]
internal sealed class LanguageModel(UserManager<User> users) : PageModel
{
    public IActionResult OnGet(string? language, string? returnUrl) => Switch(language, returnUrl);

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        var chosen = Languages.Find(language);
        if (chosen is not null && User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user
            && user.PreferredLanguage != chosen.Code)
        {
            user.PreferredLanguage = chosen.Code;
            await users.UpdateAsync(user);
        }

        return Switch(language, returnUrl);
    }

    private IActionResult Switch(string? language, string? returnUrl)
    {
        var chosen = Languages.Find(language);
        if (chosen is null)
        {
            return BadRequest();
        }

        LanguageCookie.Set(Response, chosen.Code);
        return LocalRedirect(LocalUrl.OrHome(Url, returnUrl));
    }
}

internal static class LanguageCookie
{
    /// <summary>A link that names its language (`?lang=fr`) also makes it the visitor's choice for the pages after it.</summary>
    public static IApplicationBuilder UseLanguageFromLinks(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (Languages.Find(context.Request.Query[LanguageCultureProvider.QueryName]) is { } language && HttpMethods.IsGet(context.Request.Method))
            {
                Set(context.Response, language.Code);
            }

            return next(context);
        });

    public static void Set(HttpResponse response, string code)
    {
        var cookies = response.HttpContext.RequestServices.GetRequiredService<UrbisCookies>();
        response.Cookies.Append(cookies.Name(LanguageCultureProvider.CookieName), code, new CookieOptions
        {
            Path = "/",
            Secure = cookies.HttpsOnly || response.HttpContext.Request.IsHttps,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
    }
}
