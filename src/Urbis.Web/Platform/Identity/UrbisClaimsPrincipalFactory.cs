using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Urbis.Web.Platform.Identity;

internal sealed class UrbisClaimsPrincipalFactory(
    UserManager<User> userManager,
    RoleManager<Role> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UrbisClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(UrbisClaims.Language, user.PreferredLanguage));
        identity.AddClaim(new Claim(UrbisClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        if (user.AuthorityId is { } authorityId)
        {
            identity.AddClaim(new Claim(UrbisClaims.AuthorityId, authorityId.ToString()));
        }

        return identity;
    }
}
