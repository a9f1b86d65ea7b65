using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.SignIn;

/// <summary>
/// Second step of signing in with a recovery code instead of the app. Anyone who passed the
/// password step. Identity does not count wrong recovery codes; this page does (lockout).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
internal sealed class RecoveryModel(
    SignInManager<User> signIn,
    UserManager<User> users,
    SignInCompletion completion,
    IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect("/account/sign-in") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect("/account/sign-in" + SignInModel.WithReturnUrl(ReturnUrl));
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        if (!await users.IsLockedOutAsync(user))
        {
            var code = Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal);
            var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
            if (result.Succeeded)
            {
                return LocalRedirect(await completion.CompleteAsync(user, ReturnUrl, Url));
            }

            await users.AccessFailedAsync(user);
        }

        ModelState.AddModelError(nameof(Input) + "." + nameof(Input.RecoveryCode), await users.IsLockedOutAsync(user)
            ? l["Too many failed attempts: signing in is paused for 15 minutes."]
            : l["This recovery code is not valid or has been used already."]);
        Input.RecoveryCode = "";
        return this.InvalidForm();
    }
}

internal sealed class RecoveryInput
{
    [Required(ErrorMessage = "Enter a recovery code.")]
    [StringLength(64, ErrorMessage = "Enter a recovery code.")]
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = "";
}
