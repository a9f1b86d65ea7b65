using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.TwoFactor;

/// <summary>Make 10 new recovery codes (the old ones stop working), after the password. Signed in, with two-factor on.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class NewRecoveryCodesModel(
    UserManager<User> users,
    Reauthentication reauthentication,
    TwoFactorChanges changes,
    IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty]
    public ConfirmPasswordInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        (await CurrentUserAsync()).TwoFactorEnabled ? Page() : LocalRedirect("/account/two-factor");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return LocalRedirect("/account/two-factor");
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

        var codes = await changes.NewRecoveryCodesAsync(user);
        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes);
        return LocalRedirect("/account/two-factor/recovery-codes" + QueryString.Create("returnUrl", "/account/two-factor"));
    }

    private async Task<User> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
}
