using Microsoft.AspNetCore.Identity;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Administration.Users;

internal sealed record DeactivateUser(Guid UserId, Guid ActorId);

internal sealed record ReactivateUser(Guid UserId, Guid ActorId);

/// <summary>
/// Deactivation ends every session of the account at once, stops it from signing in
/// (<see cref="UrbisSignInManager"/>) and voids any invitation or reset link still out there
/// (new security stamp). Nobody deactivates themselves, nor the last active administrator.
/// </summary>
internal sealed class AccountActivationHandler(UserManager<User> users, AccountChanges changes, AuditTrail audit)
{
    public Task<AccountChangeError?> HandleAsync(DeactivateUser command, CancellationToken cancellationToken) =>
        changes.RunAsync(command.UserId, command.ActorId, async user =>
        {
            if (!user.IsActive)
            {
                return AccountChangeError.AlreadyDeactivated;
            }

            if (await changes.IsLastActiveAdministratorAsync(user, cancellationToken))
            {
                return AccountChangeError.LastAdministrator;
            }

            if (user.Id == command.ActorId)
            {
                return AccountChangeError.OwnAccount;
            }

            user.IsActive = false;
            audit.Record("Deactivated", "User", user.Id.ToString());
            return changes.Check(await users.UpdateSecurityStampAsync(user));
        }, cancellationToken);

    public Task<AccountChangeError?> HandleAsync(ReactivateUser command, CancellationToken cancellationToken) =>
        changes.RunAsync(command.UserId, command.ActorId, async user =>
        {
            if (user.IsActive)
            {
                return AccountChangeError.AlreadyActive;
            }

            user.IsActive = true;
            audit.Record("Reactivated", "User", user.Id.ToString());
            return changes.Check(await users.UpdateAsync(user));
        }, cancellationToken);
}
