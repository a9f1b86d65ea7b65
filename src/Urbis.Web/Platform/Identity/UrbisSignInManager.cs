using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Identity.Sessions;

namespace Urbis.Web.Platform.Identity;

/// <summary>
/// Identity's sign-in manager, plus: a deactivated account cannot sign in, and every sign-in
/// (also <see cref="SignInManager{TUser}.RefreshSignInAsync"/>) starts a session with a new key.
/// </summary>
internal sealed class UrbisSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation,
    SessionStarter sessions)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(User user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(User user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var principal = await CreateUserPrincipalAsync(user);
        foreach (var claim in additionalClaims)
        {
            principal.Identities.First().AddClaim(claim);
        }

        await sessions.StartAsync(Context, AuthenticationScheme, principal, authenticationProperties?.IsPersistent == true);
        Context.User = principal;
    }
}
