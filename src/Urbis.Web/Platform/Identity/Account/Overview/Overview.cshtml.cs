using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Identity.Sessions;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.Overview;

/// <summary>
/// The person's own account: name, e-mail, roles, authority, language, links to the security
/// pages, and where they are signed in. Any signed-in account, for itself only.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class OverviewModel(
    UserManager<User> users,
    SignInManager<User> signIn,
    SessionRevoker revoker,
    AccountSummaryQuery query,
    IStringLocalizer<AccountResource> l,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    public AccountSummary Summary { get; private set; } = null!;

    public IReadOnlyList<string> RoleNames => [.. Summary.Roles.Select(r => RoleLabels.For(r, s))];

    public async Task OnGetAsync()
    {
        var user = await CurrentUserAsync();
        DisplayName = user.DisplayName;
        Language = user.PreferredLanguage;
        await LoadAsync(user);
    }

    public async Task<IActionResult> OnPostNameAsync()
    {
        var user = await CurrentUserAsync();
        var name = PersonName.Normalize(DisplayName);
        if (PersonName.Problem(name, l) is { } problem)
        {
            ModelState.AddModelError(nameof(DisplayName), problem);
            Language = user.PreferredLanguage;
            await LoadAsync(user);
            return this.InvalidForm();
        }

        user.DisplayName = name;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user); // the name shown in the header comes from the sign-in's claims
        TempData["Status"] = l["Your name has been saved."].Value;
        return LocalRedirect("/account");
    }

    public async Task<IActionResult> OnPostLanguageAsync()
    {
        var chosen = Languages.Find(Language);
        if (chosen is null)
        {
            return BadRequest();
        }

        var user = await CurrentUserAsync();
        user.PreferredLanguage = chosen.Code;
        await users.UpdateAsync(user);
        LanguageCookie.Set(Response, chosen.Code);
        TempData["Status"] = Languages.In(chosen.Code, () => l["Your language has been saved."].Value);
        return LocalRedirect("/account");
    }

    public async Task<IActionResult> OnPostEndOtherSessionsAsync()
    {
        var user = await CurrentUserAsync();
        if (CurrentSession.Key(HttpContext) is { } current)
        {
            await revoker.EndOthersAsync(user.Id, current);
        }
        else
        {
            // Not expected: without the current key, end them all and continue in a new session.
            await revoker.EndAllAsync(user.Id);
            await signIn.RefreshSignInAsync(user);
        }

        TempData["Status"] = l["You have been signed out everywhere else."].Value;
        return LocalRedirect("/account");
    }

    private async Task<User> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");

    private async Task LoadAsync(User user) =>
        Summary = await query.LoadAsync(user, await users.GetRolesAsync(user), CurrentSession.Key(HttpContext), HttpContext.RequestAborted);
}
