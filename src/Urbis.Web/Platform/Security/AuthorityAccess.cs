using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Security;

/// <summary>A member authority as the resource of an authorisation check.</summary>
internal sealed record AuthorityResource(Guid AuthorityId);

/// <summary>What may be done to an authority's profile and people.</summary>
internal static class AuthorityOperations
{
    /// <summary>Edit the profile and manage the people of the authority.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
}

/// <summary>
/// A coordinator manages only their own authority; secretariat staff and administrators
/// (with two-factor) manage any.
/// </summary>
internal sealed class AuthorityAccessHandler : AuthorizationHandler<OperationAuthorizationRequirement, AuthorityResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, AuthorityResource resource)
    {
        var user = context.User;
        if (requirement.Name == AuthorityOperations.Manage.Name)
        {
            var staff = (user.IsInRole(Roles.SecretariatStaff) || user.IsInRole(Roles.Administrator)) && user.HasTwoFactor();
            var ownCoordinator = user.IsInRole(Roles.MemberCoordinator) && user.AuthorityId() == resource.AuthorityId;
            if (staff || ownCoordinator)
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
