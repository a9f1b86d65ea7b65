using Microsoft.AspNetCore.Authorization;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Security;

/// <summary>Met when the signed-in account has two-factor authentication switched on.</summary>
internal sealed class TwoFactorEnrolledRequirement : IAuthorizationRequirement;

internal sealed class TwoFactorEnrolledHandler : AuthorizationHandler<TwoFactorEnrolledRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorEnrolledRequirement requirement)
    {
        if (context.User.HasClaim(UrbisClaims.TwoFactorEnabled, "true"))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
