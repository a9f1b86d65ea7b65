using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Account.SignIn;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.Invitation;

/// <summary>
/// The link of an invitation e-mail: the invitee chooses a password, which confirms the address
/// and activates the account. Anyone holding a valid link. Unknown account, wrong, expired or used
/// link: one and the same answer (400).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
internal sealed class AcceptInvitationModel(
    AppDbContext db,
    UserManager<User> users,
    SignInManager<User> signIn,
    SignInCompletion completion,
    IOptions<PlatformOptions> platform) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public AcceptInvitationInput Input { get; set; } = new();

    public bool LinkIsValid { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string NetworkName => platform.Value.NetworkName;

    public int MinimumLength => PasswordPolicy.MinimumWithoutTwoFactor;

    public async Task<IActionResult> OnGetAsync() => await FindInvitedUserAsync() is null ? Invalid() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindInvitedUserAsync();
        if (user is null)
        {
            return Invalid();
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.AddPasswordAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
            }

            return this.InvalidForm();
        }

        // The e-mail reached its owner; a new security stamp makes this link unusable from now on.
        user.EmailConfirmed = true;
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync();

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(await completion.CompleteAsync(user, null, Url));
    }

    private async Task<User?> FindInvitedUserAsync()
    {
        if (string.IsNullOrEmpty(Token) || Token.Length > 2048 || await users.FindByIdAsync(UserId.ToString()) is not { } user)
        {
            return null;
        }

        var valid = user.IsActive
            && !await users.HasPasswordAsync(user)
            && await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, Token);
        if (!valid)
        {
            return null;
        }

        LinkIsValid = true;
        DisplayName = user.DisplayName;
        Email = user.Email ?? "";
        return user;
    }

    private PageResult Invalid()
    {
        LinkIsValid = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

internal sealed class AcceptInvitationInput
{
    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat the password")]
    public string ConfirmPassword { get; set; } = "";
}
