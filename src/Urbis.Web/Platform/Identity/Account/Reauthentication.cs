using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Identity.Sessions;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account;

internal enum PasswordCheck
{
    Correct,
    Wrong,

    /// <summary>The account was locked already: refused, whatever the password.</summary>
    LockedOut,

    /// <summary>This wrong password locked the account, and every session of it was ended.</summary>
    LockedAndSignedOut,
}

/// <summary>
/// The password asked again before a change to how a person signs in (OWASP ASVS 5.0 6.2.3 and
/// 7.5.1). Wrong passwords count towards the same lockout as at sign-in. When a wrong password
/// here locks the account, every session of it ends: whoever is guessing may hold a stolen
/// session. A lockout that happened elsewhere (someone guessing at the sign-in page) only makes
/// this check refuse, so it cannot be used to throw the owner out of their sessions.
/// </summary>
internal sealed partial class Reauthentication(
    UserManager<User> users,
    SignInManager<User> signIn,
    SessionRevoker revoker,
    ILogger<Reauthentication> logger)
{
    public async Task<PasswordCheck> CheckAsync(User user, string password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return PasswordCheck.LockedOut;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            if (user.AccessFailedCount > 0)
            {
                await users.ResetAccessFailedCountAsync(user);
            }

            return PasswordCheck.Correct;
        }

        await users.AccessFailedAsync(user);
        if (!await users.IsLockedOutAsync(user))
        {
            return PasswordCheck.Wrong;
        }

        var ended = await revoker.EndAllAsync(user.Id);
        await signIn.SignOutAsync();
        LockedBySessionHolder(logger, user.Id, ended);
        return PasswordCheck.LockedAndSignedOut;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked by wrong passwords from inside one of its sessions; {Sessions} sessions ended")]
    private static partial void LockedBySessionHolder(ILogger logger, Guid userId, int sessions);
}

internal static class ReauthenticationPages
{
    /// <summary>
    /// Turns a failed check into the page's answer: the form again with the message next to the
    /// password field, or the sign-in page once this check has signed the person out.
    /// </summary>
    public static IActionResult Refuse(this PageModel page, PasswordCheck check, string passwordField, IStringLocalizer<AccountResource> l)
    {
        if (check == PasswordCheck.LockedAndSignedOut)
        {
            page.TempData["Status"] = l["Too many wrong passwords: you have been signed out, and signing in is paused for 15 minutes."].Value;
            return page.LocalRedirect("/account/sign-in");
        }

        page.ModelState.AddModelError(passwordField, check == PasswordCheck.LockedOut
            ? l["Too many failed attempts: signing in is paused for 15 minutes."]
            : l["The password is not correct."]);
        return page.InvalidForm();
    }
}

/// <summary>The one field of the pages that only ask for the password again.</summary>
internal sealed class ConfirmPasswordInput
{
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(1024, ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
