using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Sessions;

namespace Urbis.Web.Platform.Identity.Account.Email;

internal enum ConfirmEmailChangeResult
{
    Changed,
    InvalidLink,
    AddressTaken,
}

/// <summary>
/// Applies a confirmed change of e-mail address: the address and the sign-in name together, in
/// one transaction; then every session of the person ends (the browser that confirmed goes on in
/// a new one when it is theirs). The link dies with the security stamp, which the change renews.
/// </summary>
internal sealed class ConfirmEmailChangeHandler(AppDbContext db, UserManager<User> users, SessionRenewal sessions)
{
    /// <summary>The account the link was made for, when the link is still good.</summary>
    public async Task<User?> FindAsync(Guid userId, string? newEmail, string? token)
    {
        if (string.IsNullOrEmpty(newEmail) || newEmail.Length > 256 || string.IsNullOrEmpty(token) || token.Length > 2048
            || await users.FindByIdAsync(userId.ToString()) is not { IsActive: true } user)
        {
            return null;
        }

        var purpose = UserManager<User>.GetChangeEmailTokenPurpose(newEmail);
        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider, purpose, token) ? user : null;
    }

    public async Task<ConfirmEmailChangeResult> HandleAsync(User user, string newEmail, string token)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            var changed = await users.ChangeEmailAsync(user, newEmail, token);
            if (!changed.Succeeded)
            {
                return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail))
                    ? ConfirmEmailChangeResult.AddressTaken
                    : ConfirmEmailChangeResult.InvalidLink;
            }

            if (!(await users.SetUserNameAsync(user, newEmail)).Succeeded)
            {
                return ConfirmEmailChangeResult.AddressTaken;
            }

            await transaction.CommitAsync();
        }
        catch (DbUpdateException)
        {
            // Another account took the address between the check and the write (unique index).
            return ConfirmEmailChangeResult.AddressTaken;
        }

        await sessions.EndOtherSessionsAsync(user);
        return ConfirmEmailChangeResult.Changed;
    }
}
