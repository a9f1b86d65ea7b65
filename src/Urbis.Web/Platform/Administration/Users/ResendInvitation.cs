using Microsoft.AspNetCore.Identity;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Administration.Users;

internal sealed record ResendInvitation(Guid UserId, Guid ActorId);

/// <summary>
/// Sends a pending invitation again with a fresh 7-day link. The security stamp changes first, so
/// the link of the earlier e-mail (perhaps forwarded or lost) stops working.
/// </summary>
internal sealed class ResendInvitationHandler(
    UserManager<User> users,
    IAuthorityDirectory directory,
    InviteUserHandler invitations,
    AccountChanges changes,
    AuditTrail audit,
    TimeProvider clock)
{
    public Task<AccountChangeError?> HandleAsync(ResendInvitation command, CancellationToken cancellationToken) =>
        changes.RunAsync(command.UserId, command.ActorId, async user =>
        {
            if (user.EmailConfirmed || await users.HasPasswordAsync(user))
            {
                return AccountChangeError.NotPending;
            }

            if (!user.IsActive)
            {
                return AccountChangeError.Deactivated;
            }

            user.InvitedAt = clock.GetUtcNow().UtcDateTime;
            if (changes.Check(await users.UpdateSecurityStampAsync(user)) is { } error)
            {
                return error;
            }

            var authority = user.AuthorityId is { } id ? await directory.FindAsync(id, cancellationToken) : null;
            await invitations.QueueInvitationAsync(user, authority?.OfficialName);
            audit.Record("InvitationResent", "User", user.Id.ToString());
            return null;
        }, cancellationToken);
}
