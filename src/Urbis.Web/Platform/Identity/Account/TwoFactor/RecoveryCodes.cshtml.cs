using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.TwoFactor;

/// <summary>Shows freshly made recovery codes, once (they travel in encrypted temp data). Signed in.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class RecoveryCodesModel : PageModel
{
    public const string TempDataKey = "RecoveryCodes";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public string Continue => LocalUrl.OrHome(Url, ReturnUrl, Homes.For(User));

    public void OnGet()
    {
        Codes = (TempData[TempDataKey] as string)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        // Never cached: the layout's anti-forgery token already makes the response no-store.
    }
}
