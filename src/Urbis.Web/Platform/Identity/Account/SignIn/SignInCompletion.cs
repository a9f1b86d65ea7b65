using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.SignIn;

/// <summary>What happens after any successful sign-in: language, last sign-in, where to go next.</summary>
internal sealed class SignInCompletion(
    UserManager<User> users,
    IPasswordHasher<User> hasher,
    IHttpContextAccessor accessor,
    TimeProvider clock)
{
    // A real hash of a random password: checking against it costs what a real check costs.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString()));

    public void SpendPasswordCheckTime(string password) => hasher.VerifyHashedPassword(new User(), DummyHash.Value, password);

    /// <summary>Records the sign-in and returns where to send the person.</summary>
    public async Task<string> CompleteAsync(User user, string? returnUrl, IUrlHelper url)
    {
        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        LanguageCookie.Set(accessor.HttpContext!.Response, user.PreferredLanguage);

        var roles = await users.GetRolesAsync(user);
        if (roles.Any(Roles.IsSecretariat) && !user.TwoFactorEnabled)
        {
            // The back office needs two-factor: set it up first, then continue.
            var next = LocalUrl.OrHome(url, returnUrl, Homes.BackOffice);
            return $"{Security.TwoFactorEnrolmentRedirect.EnrolmentPath}?required=true&returnUrl={Uri.EscapeDataString(next)}";
        }

        return LocalUrl.OrHome(url, returnUrl, Homes.For(roles));
    }
}
