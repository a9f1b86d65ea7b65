using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Sessions;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Platform.Identity.Account.Password;

internal sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(1024, ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>
/// Sets a new password once the current one is confirmed: in one transaction the new hash and the
/// notice e-mail; then every other session ends (this browser goes on in a new one).
/// </summary>
internal sealed class ChangePasswordHandler(
    AppDbContext db,
    UserManager<User> users,
    Mailer mailer,
    SessionRenewal sessions,
    IOptions<PlatformOptions> platform,
    TimeProvider clock)
{
    /// <summary>Identity's errors about the new password (too short, too common...), empty on success.</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(User user, string currentPassword, string newPassword)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await PasswordChangedMail.QueueAsync(mailer, user, platform.Value, clock);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await sessions.EndOtherSessionsAsync(user);
        return [];
    }
}

internal sealed record PasswordChangedMail(string Name, string Email, string NetworkName, DateTime ChangedAt, string ResetLink)
{
    public const string Template = "/Platform/Identity/Account/Password/PasswordChangedMail.cshtml";

    /// <summary>Queues the notice (the caller saves): also sent after a reset by e-mail.</summary>
    public static Task QueueAsync(Mailer mailer, User user, PlatformOptions platform, TimeProvider clock)
    {
        var model = new PasswordChangedMail(user.DisplayName, user.Email!, platform.NetworkName, clock.GetUtcNow().UtcDateTime, platform.Link("/account/forgot-password"));
        return mailer.QueueAsync("PasswordChanged", new Recipient(user.Email!, user.DisplayName, user.PreferredLanguage), Template, model);
    }
}
