using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.PasswordReset;

/// <summary>
/// Ask for a password-reset link. Anyone; posts are rate-limited per client. The answer is the
/// same whether or not an account uses the address (OWASP ASVS 5.0 6.3.8), and so is its time:
/// the request is handled after the answer (<see cref="ResetRequests"/>).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
internal sealed class ForgotPasswordModel(ResetRequests requests) : PageModel
{
    private const string SentTo = "ForgotPasswordSentTo";

    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    /// <summary>The address just submitted, once the request has been handled.</summary>
    public string? Sent { get; private set; }

    public void OnGet() => Sent = TempData[SentTo] as string;

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var email = Input.Email.Trim();
        requests.Add(email);
        TempData[SentTo] = email;
        return LocalRedirect("/account/forgot-password");
    }
}
