using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Sessions;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Platform.Identity.Account.TwoFactor;

internal enum TwoFactorChange
{
    Enabled,
    NewRecoveryCodes,
    AuthenticatorReset,
    Disabled,
}

/// <summary>Why two-factor authentication may not be turned off (even for a moment) for an account.</summary>
internal enum TwoFactorRefusal
{
    None,
    RequiredByRole,
    PasswordTooShort,
}

/// <summary>
/// Changes to a person's two-factor authentication, made after the password was confirmed. Each
/// one ends every other session (OWASP ASVS 5.0 7.4.3) and e-mails a notice (6.3.7).
/// </summary>
internal sealed class TwoFactorChanges(
    AppDbContext db,
    UserManager<User> users,
    SessionRenewal sessions,
    Mailer mailer,
    IOptions<PlatformOptions> platform,
    TimeProvider clock)
{
    private const string StoreProvider = "[AspNetUserStore]";

    /// <summary>
    /// Whether two-factor may be switched off: never for secretariat roles, and not while the
    /// password is only long enough because two-factor is on.
    /// </summary>
    public async Task<TwoFactorRefusal> CanSwitchOffAsync(User user, bool resetOnly)
    {
        if (!resetOnly && (await users.GetRolesAsync(user)).Any(Roles.IsSecretariat))
        {
            return TwoFactorRefusal.RequiredByRole;
        }

        return user.PasswordReliesOnTwoFactor ? TwoFactorRefusal.PasswordTooShort : TwoFactorRefusal.None;
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(User user)
    {
        IReadOnlyList<string> codes = [];
        await ChangeAsync(user, TwoFactorChange.NewRecoveryCodes, async () =>
            codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorSetupModel.RecoveryCodeCount) ?? []]);
        return codes;
    }

    /// <summary>A new authenticator key; two-factor stays off until the new key is confirmed.</summary>
    public Task ResetAuthenticatorAsync(User user) =>
        ChangeAsync(user, TwoFactorChange.AuthenticatorReset, async () =>
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "RecoveryCodes");
            await users.ResetAuthenticatorKeyAsync(user);
        });

    /// <summary>Two-factor off; the key and the recovery codes go, so turning it on again starts afresh.</summary>
    public Task DisableAsync(User user) =>
        ChangeAsync(user, TwoFactorChange.Disabled, async () =>
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "RecoveryCodes");
            await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "AuthenticatorKey");
        });

    /// <summary>
    /// Makes the change and queues the notice in one transaction, then ends the other sessions.
    /// Also used once two-factor has been turned on (with nothing left to change).
    /// </summary>
    public async Task ChangeAsync(User user, TwoFactorChange change, Func<Task>? apply = null)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            if (apply is not null)
            {
                await apply();
            }

            var model = new TwoFactorChangedMail(user.DisplayName, platform.Value.NetworkName, change, clock.GetUtcNow().UtcDateTime, platform.Value.Link("/account/forgot-password"));
            await mailer.QueueAsync("TwoFactorChanged", new Recipient(user.Email!, user.DisplayName, user.PreferredLanguage), TwoFactorChangedMail.Template, model);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await sessions.EndOtherSessionsAsync(user);
    }
}

internal sealed record TwoFactorChangedMail(string Name, string NetworkName, TwoFactorChange Change, DateTime ChangedAt, string ResetLink)
{
    public const string Template = "/Platform/Identity/Account/TwoFactor/TwoFactorChangedMail.cshtml";
}
