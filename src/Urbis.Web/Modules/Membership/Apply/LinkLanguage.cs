using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Membership.Apply;

internal static class LinkLanguage
{
    /// <summary>
    /// A private link e-mailed in the applicant's language opens in that language, unless the visitor
    /// chose a language on this site (their cookie wins): the page sets the language and shows itself
    /// again. Null when the page can show as it is.
    /// </summary>
    public static IActionResult? Follow(PageModel page, string language)
    {
        var cookies = page.HttpContext.RequestServices.GetRequiredService<UrbisCookies>();
        if (Languages.Current.Code == language || page.Request.Cookies.ContainsKey(cookies.Name(LanguageCultureProvider.CookieName)) || !Languages.IsSupported(language))
        {
            return null;
        }

        LanguageCookie.Set(page.Response, language);
        return page.LocalRedirect(page.Request.Path + page.Request.QueryString);
    }
}
