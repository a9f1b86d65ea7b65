using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Urbis.Web.Platform.Identity.Account.SignOut;

/// <summary>
/// Sign out (POST with anti-forgery). Anyone: the page also tells a signed-out visitor so.
/// The session is deleted from the database, so a copy of the old cookie no longer works.
/// </summary>
[AllowAnonymous]
internal sealed class SignOutModel(SignInManager<User> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/account/sign-out");
    }
}
