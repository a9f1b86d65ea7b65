using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.PasswordReset;

/// <summary>
/// The link of a reset e-mail: choose a new password. Anyone holding a valid link. Unknown
/// account, wrong, expired or used link: one and the same answer (400).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
internal sealed class ResetPasswordModel(ResetPasswordHandler handler, IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public bool LinkIsValid { get; private set; }

    public string Email { get; private set; } = "";

    public int MinimumLength { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await FindAsync() is null ? Invalid() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        if (user is null)
        {
            return Invalid();
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var result = await handler.HandleAsync(user, Token!, Input.Password);
        if (!result.LinkIsValid)
        {
            return Invalid();
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.PasswordErrors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error);
            }

            return this.InvalidForm();
        }

        TempData["Status"] = l["Your password has been changed. Sign in with it now."].Value;
        return LocalRedirect("/account/sign-in");
    }

    private async Task<User?> FindAsync()
    {
        var user = await handler.FindAsync(UserId, Token);
        if (user is not null)
        {
            LinkIsValid = true;
            Email = user.Email ?? "";
            MinimumLength = user.TwoFactorEnabled ? PasswordPolicy.MinimumWithTwoFactor : PasswordPolicy.MinimumWithoutTwoFactor;
        }

        return user;
    }

    private PageResult Invalid()
    {
        LinkIsValid = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
