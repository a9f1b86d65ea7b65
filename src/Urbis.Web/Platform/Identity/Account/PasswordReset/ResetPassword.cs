using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Account.Password;
using Urbis.Web.Platform.Identity.Sessions;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Platform.Identity.Account.PasswordReset;

internal sealed class ResetPasswordInput
{
    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

internal sealed record ResetPasswordResult(bool LinkIsValid, IReadOnlyList<string> PasswordErrors)
{
    public bool Succeeded => LinkIsValid && PasswordErrors.Count == 0;
}

/// <summary>
/// Sets the password chosen through a reset link. In one transaction: the new password, the end
/// of any lockout and the notice e-mail; then every session of the person ends (they sign in
/// again, with two-factor if they have it). The new security stamp kills the link.
/// </summary>
internal sealed class ResetPasswordHandler(
    AppDbContext db,
    UserManager<User> users,
    SessionRevoker revoker,
    Mailer mailer,
    IOptions<PlatformOptions> platform,
    TimeProvider clock)
{
    /// <summary>The account the link was made for, when the link is still good.</summary>
    public async Task<User?> FindAsync(Guid userId, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048 || await users.FindByIdAsync(userId.ToString()) is not { IsActive: true } user
            || !await users.HasPasswordAsync(user))
        {
            return null;
        }

        var provider = users.Options.Tokens.PasswordResetTokenProvider;
        return await users.VerifyUserTokenAsync(user, provider, UserManager<User>.ResetPasswordTokenPurpose, token) ? user : null;
    }

    public async Task<ResetPasswordResult> HandleAsync(User user, string token, string password)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            var invalidLink = reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            return new ResetPasswordResult(!invalidLink, [.. reset.Errors.Select(e => e.Description)]);
        }

        // Whoever holds the mailbox may sign in again at once: the lockout was against guessing.
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateAsync(user);
        await PasswordChangedMail.QueueAsync(mailer, user, platform.Value, clock);
        await db.SaveChangesAsync();
        await revoker.EndAllAsync(user.Id);
        await transaction.CommitAsync();
        return new ResetPasswordResult(true, []);
    }
}
