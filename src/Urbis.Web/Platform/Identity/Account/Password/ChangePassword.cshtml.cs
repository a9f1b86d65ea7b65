using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.Password;

/// <summary>Change one's own password, confirming the current one. Any signed-in account.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ChangePasswordModel(
    UserManager<User> users,
    Reauthentication reauthentication,
    ChangePasswordHandler handler,
    IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public int MinimumLength { get; private set; }

    public string Email { get; private set; } = "";

    public async Task OnGetAsync() => Load(await CurrentUserAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        Load(user);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        var check = await reauthentication.CheckAsync(user, Input.CurrentPassword);
        if (check != PasswordCheck.Correct)
        {
            Input = new ChangePasswordInput();
            return this.Refuse(check, $"{nameof(Input)}.{nameof(Input.CurrentPassword)}", l);
        }

        var errors = await handler.HandleAsync(user, Input.CurrentPassword, Input.NewPassword);
        foreach (var error in errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NewPassword)}", error);
        }

        if (errors.Count > 0)
        {
            return Invalid();
        }

        TempData["Status"] = l["Your password has been changed. You have been signed out everywhere else."].Value;
        return LocalRedirect("/account");
    }

    private PageResult Invalid()
    {
        Input = new ChangePasswordInput(); // passwords are never sent back
        return this.InvalidForm();
    }

    private void Load(User user)
    {
        MinimumLength = user.TwoFactorEnabled ? PasswordPolicy.MinimumWithTwoFactor : PasswordPolicy.MinimumWithoutTwoFactor;
        Email = user.Email ?? "";
    }

    private async Task<User> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
}
