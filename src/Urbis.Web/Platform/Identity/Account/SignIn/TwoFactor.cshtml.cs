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
/// Second step of signing in: the authenticator code. Anyone who passed the password step (the
/// two-factor cookie says who); wrong codes count towards lockout like wrong passwords.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
internal sealed class TwoFactorModel(SignInManager<User> signIn, SignInCompletion completion, IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

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

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Input.Code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(await completion.CompleteAsync(user, ReturnUrl, Url));
        }

        ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), result.IsLockedOut
            ? l["Too many failed attempts: signing in is paused for 15 minutes."]
            : l["This code is not valid. Enter the code your app shows now; each code works once."]);
        Input.Code = "";
        return this.InvalidForm();
    }
}

internal sealed class TwoFactorInput
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [Display(Name = "Authentication code")]
    public string Code { get; set; } = "";
}
