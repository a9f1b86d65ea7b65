using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Security;

internal static class AuthorizationSetup
{
    public static WebApplicationBuilder AddAuthorizationPolicies(this WebApplicationBuilder builder)
    {
        var twoFactor = new TwoFactorEnrolledRequirement();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Members, p => p.RequireAuthenticatedUser().AddRequirements(new MembersAreaRequirement()))
            .AddPolicy(Policies.Coordinators, p => p.RequireRole(Roles.MemberCoordinator))
            .AddPolicy(Policies.AuthorityManagers, p => p.RequireAuthenticatedUser().AddRequirements(new AuthorityManagerRequirement()))
            .AddPolicy(Policies.BackOffice, p => p.RequireRole(Roles.SecretariatStaff, Roles.Finance, Roles.Administrator).AddRequirements(twoFactor))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.SecretariatStaff, Roles.Administrator).AddRequirements(twoFactor))
            .AddPolicy(Policies.Finance, p => p.RequireRole(Roles.Finance, Roles.Administrator).AddRequirements(twoFactor))
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator).AddRequirements(twoFactor));
        builder.Services.AddSingleton<IAuthorizationHandler, TwoFactorEnrolledHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, MembersAreaHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, AuthorityManagerHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, AuthorityAccessHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorEnrolmentRedirect>();
        return builder;
    }
}

/// <summary>
/// Members' platform: staff of member authorities, and the secretariat (with two-factor).
/// Partners and experts only see what they are invited to.
/// </summary>
internal sealed class MembersAreaRequirement : IAuthorizationRequirement;

internal sealed class MembersAreaHandler : AuthorizationHandler<MembersAreaRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MembersAreaRequirement requirement)
    {
        var user = context.User;
        var member = user.IsInRole(Roles.MemberUser) || user.IsInRole(Roles.MemberCoordinator);
        if (member || (user.IsSecretariat() && user.HasTwoFactor()))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Coordinators, or secretariat staff and administrators with two-factor.</summary>
internal sealed class AuthorityManagerRequirement : IAuthorizationRequirement;

internal sealed class AuthorityManagerHandler : AuthorizationHandler<AuthorityManagerRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AuthorityManagerRequirement requirement)
    {
        var user = context.User;
        var staff = (user.IsInRole(Roles.SecretariatStaff) || user.IsInRole(Roles.Administrator)) && user.HasTwoFactor();
        if (staff || user.IsInRole(Roles.MemberCoordinator))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Secretariat accounts without two-factor are sent to set it up instead of being refused:
/// the refusal is only because the second factor is missing.
/// </summary>
internal sealed class TwoFactorEnrolmentRedirect : IAuthorizationMiddlewareResultHandler
{
    public const string EnrolmentPath = "/account/two-factor";

    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var user = context.User;
        if (authorizeResult.Forbidden && user.IsSecretariat() && !user.HasTwoFactor())
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{EnrolmentPath}?required=true&returnUrl={Uri.EscapeDataString(returnUrl)}");
            return Task.CompletedTask;
        }

        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
