using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.TwoFactor;

/// <summary>
/// Turn two-factor authentication off, after the password. Signed in, with two-factor on; refused
/// for secretariat roles and while the password is only long enough because two-factor is on.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class DisableTwoFactorModel(
    UserManager<User> users,
    Reauthentication reauthentication,
    TwoFactorChanges changes,
    IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty]
    public ConfirmPasswordInput Input { get; set; } = new();

    public TwoFactorRefusal Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return LocalRedirect("/account/two-factor");
        }

        Refusal = await changes.CanSwitchOffAsync(user, resetOnly: false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return LocalRedirect("/account/two-factor");
        }

        Refusal = await changes.CanSwitchOffAsync(user, resetOnly: false);
        if (Refusal != TwoFactorRefusal.None)
        {
            Response.StatusCode = Refusal == TwoFactorRefusal.RequiredByRole ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var check = await reauthentication.CheckAsync(user, Input.Password);
        if (check != PasswordCheck.Correct)
        {
            return this.Refuse(check, $"{nameof(Input)}.{nameof(Input.Password)}", l);
        }

        await changes.DisableAsync(user);
        TempData["Status"] = l["Two-factor authentication is now off."].Value;
        return LocalRedirect("/account");
    }

    private async Task<User> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
}
