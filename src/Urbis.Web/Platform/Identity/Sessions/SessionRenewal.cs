using Microsoft.AspNetCore.Identity;

namespace Urbis.Web.Platform.Identity.Sessions;

/// <summary>
/// After a change to how a person signs in (password, e-mail, two-factor): every session of
/// theirs ends at once (OWASP ASVS 5.0 7.4.3); the browser that made the change, if it is theirs,
/// goes on in a new session with a new key and fresh claims.
/// </summary>
internal sealed class SessionRenewal(SessionRevoker revoker, SignInManager<User> signIn, IHttpContextAccessor accessor)
{
    public async Task EndOtherSessionsAsync(User user)
    {
        await revoker.EndAllAsync(user.Id);
        if (accessor.HttpContext?.User.UserId() == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
