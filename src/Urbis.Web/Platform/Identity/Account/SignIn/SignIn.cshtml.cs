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

/// <summary>Sign in with e-mail and password. Anyone; attempts are rate-limited per client.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
internal sealed class SignInModel(
    SignInManager<User> signIn,
    UserManager<User> users,
    SignInCompletion completion,
    IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(LocalUrl.OrHome(Url, ReturnUrl, Homes.For(User))) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            // Spend the same time as for a real account, so the answer tells nothing about the address.
            completion.SpendPasswordCheckTime(Input.Password);
            return Failed();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before checking the password: spend the time a check takes anyway.
            completion.SpendPasswordCheckTime(Input.Password);
        }

        if (result.RequiresTwoFactor)
        {
            return LocalRedirect("/account/sign-in/two-factor" + WithReturnUrl(ReturnUrl));
        }

        return result.Succeeded ? LocalRedirect(await completion.CompleteAsync(user, ReturnUrl, Url)) : Failed();
    }

    internal static string WithReturnUrl(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? "" : QueryString.Create("returnUrl", returnUrl).ToString();

    private PageResult Failed()
    {
        // One answer for an unknown address, a wrong password, a locked or deactivated account.
        ModelState.AddModelError(string.Empty, l["The e-mail address or password is not correct. After several failed attempts, signing in is paused for 15 minutes."]);
        Input.Password = "";
        return this.InvalidForm();
    }
}

internal sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(1024, ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
