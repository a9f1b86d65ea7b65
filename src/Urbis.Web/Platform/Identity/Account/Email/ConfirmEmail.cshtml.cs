using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Platform.Identity.Account.Email;

/// <summary>
/// The link sent to a new e-mail address. Anyone holding a valid link (it may be opened in
/// another browser): the link is the proof. GET only shows a button, since mail scanners open
/// links; the change is a POST. Unknown account, wrong, expired or used link: one answer (400).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
internal sealed class ConfirmEmailModel(ConfirmEmailChangeHandler handler, IStringLocalizer<AccountResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool LinkIsValid { get; private set; }

    public bool AddressTaken { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await handler.FindAsync(UserId, Email, Token) is null ? Invalid() : Valid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await handler.FindAsync(UserId, Email, Token) is not { } user)
        {
            return Invalid();
        }

        switch (await handler.HandleAsync(user, Email!, Token!))
        {
            case ConfirmEmailChangeResult.AddressTaken:
                AddressTaken = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case ConfirmEmailChangeResult.InvalidLink:
                return Invalid();
        }

        TempData["Status"] = l["Your e-mail address is now {0}.", user.Email!].Value;
        return LocalRedirect(User.UserId() == user.Id ? "/account" : "/account/sign-in");
    }

    private PageResult Valid()
    {
        LinkIsValid = true;
        return Page();
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
