using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Membership.Join;

/// <summary>
/// The join page's address in a language, to share (/fr/join): switches the visitor's language, as
/// the language switch does, and shows /join. Anyone. An unknown language is a 404.
/// </summary>
[AllowAnonymous]
internal sealed class JoinInLanguageModel : PageModel
{
    public IActionResult OnGet(string language)
    {
        if (Languages.Find(language) is not { } chosen || chosen.Code != language)
        {
            return NotFound();
        }

        LanguageCookie.Set(Response, chosen.Code);
        return LocalRedirect("/join");
    }
}
