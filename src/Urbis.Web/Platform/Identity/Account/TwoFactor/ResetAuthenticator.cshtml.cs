using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.TwoFactor;

/// <summary>
/// Use another authenticator app: after the password, a new key replaces the old one and
/// two-factor is off until the new app is confirmed on the set-up page. Refused while the password
/// relies on two-factor, as for turning it off. Signed in, with two-factor on.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ResetAuthenticatorModel(
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

        Refusal = await changes.CanSwitchOffAsync(user, resetOnly: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return LocalRedirect("/account/two-factor");
        }

        Refusal = await changes.CanSwitchOffAsync(user, resetOnly: true);
        if (Refusal != TwoFactorRefusal.None)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
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

        await changes.ResetAuthenticatorAsync(user);
        TempData["Status"] = l["Your old authenticator app no longer works. Add the new key to your app and enter its code to turn two-factor authentication on again."].Value;
        return LocalRedirect("/account/two-factor");
    }

    private async Task<User> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
}
