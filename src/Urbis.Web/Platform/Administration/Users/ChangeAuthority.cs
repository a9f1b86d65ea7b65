using Microsoft.AspNetCore.Identity;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Administration.Users;

internal sealed record ChangeAuthority(Guid UserId, Guid? AuthorityId, Guid ActorId);

/// <summary>
/// Links an account to another authority (or to none, for network staff and partners). The
/// authority travels in the session's claims, so the account's sessions end with the change.
/// </summary>
internal sealed class ChangeAuthorityHandler(UserManager<User> users, IAuthorityDirectory directory, AccountChanges changes)
{
    public Task<AccountChangeError?> HandleAsync(ChangeAuthority command, CancellationToken cancellationToken) =>
        changes.RunAsync(command.UserId, command.ActorId, async user =>
        {
            if (command.AuthorityId is { } id && await directory.FindAsync(id, cancellationToken) is null)
            {
                return AccountChangeError.UnknownAuthority;
            }

            var roles = await users.GetRolesAsync(user);
            if (command.AuthorityId is null && roles.Any(r => r is Roles.MemberUser or Roles.MemberCoordinator))
            {
                return AccountChangeError.AuthorityRequired;
            }

            user.AuthorityId = command.AuthorityId;
            return changes.Check(await users.UpdateAsync(user));
        }, cancellationToken);
}
