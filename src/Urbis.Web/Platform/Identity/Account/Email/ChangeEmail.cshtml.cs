using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.Email;

/// <summary>Ask to change one's own e-mail address (the sign-in name), confirming the password. Any signed-in account.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ChangeEmailModel(
    UserManager<User> users,
    Reauthentication reauthentication,
    ChangeEmailHandler handler,
    IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty]
    public ChangeEmailInput Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = "";

    public async Task OnGetAsync() => CurrentEmail = (await CurrentUserAsync()).Email ?? "";

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        CurrentEmail = user.Email ?? "";
        Input.NewEmail = Input.NewEmail.Trim();
        if (ModelState.IsValid && string.Equals(Input.NewEmail, CurrentEmail, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NewEmail)}", l["This is already your e-mail address."]);
        }

        if (!ModelState.IsValid)
        {
            Input.Password = "";
            return this.InvalidForm();
        }

        var check = await reauthentication.CheckAsync(user, Input.Password);
        if (check != PasswordCheck.Correct)
        {
            Input.Password = "";
            return this.Refuse(check, $"{nameof(Input)}.{nameof(Input.Password)}", l);
        }

        await handler.HandleAsync(user, Input.NewEmail);
        TempData["Status"] = l["We have sent a link to {0}. Open it within 2 hours to confirm the change; until then your address stays {1}.", Input.NewEmail, CurrentEmail].Value;
        return LocalRedirect("/account");
    }

    private async Task<User> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
}
