using Microsoft.AspNetCore.Identity;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Administration.Users;

internal sealed record AssignRole(Guid UserId, string Role, Guid ActorId);

internal sealed record RemoveRole(Guid UserId, string Role, Guid ActorId);

/// <summary>
/// Gives or takes a role (audited as UserRole rows). Member roles need the account's authority;
/// administrators keep their own Administrator role, and the last active administrator keeps it.
/// </summary>
internal sealed class ChangeRolesHandler(UserManager<User> users, AccountChanges changes)
{
    public Task<AccountChangeError?> HandleAsync(AssignRole command, CancellationToken cancellationToken) =>
        changes.RunAsync(command.UserId, command.ActorId, async user =>
        {
            if (!Roles.All.Contains(command.Role))
            {
                return AccountChangeError.UnknownRole;
            }

            if (await users.IsInRoleAsync(user, command.Role))
            {
                return AccountChangeError.AlreadyHasRole;
            }

            if ((command.Role is Roles.MemberUser or Roles.MemberCoordinator) && user.AuthorityId is null)
            {
                return AccountChangeError.RoleNeedsAuthority;
            }

            return changes.Check(await users.AddToRoleAsync(user, command.Role));
        }, cancellationToken);

    public Task<AccountChangeError?> HandleAsync(RemoveRole command, CancellationToken cancellationToken) =>
        changes.RunAsync(command.UserId, command.ActorId, async user =>
        {
            if (!Roles.All.Contains(command.Role))
            {
                return AccountChangeError.UnknownRole;
            }

            var roles = await users.GetRolesAsync(user);
            if (!roles.Contains(command.Role))
            {
                return AccountChangeError.DoesNotHaveRole;
            }

            if (command.Role == Roles.Administrator)
            {
                if (await changes.IsLastActiveAdministratorAsync(user, cancellationToken))
                {
                    return AccountChangeError.LastAdministrator;
                }

                if (user.Id == command.ActorId)
                {
                    return AccountChangeError.OwnAdministratorRole;
                }
            }

            if (roles.Count == 1)
            {
                return AccountChangeError.LastRole;
            }

            return changes.Check(await users.RemoveFromRoleAsync(user, command.Role));
        }, cancellationToken);
}
