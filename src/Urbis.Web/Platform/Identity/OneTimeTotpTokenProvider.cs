using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Urbis.Web.Platform.Identity;

/// <summary>
/// Authenticator-app codes (RFC 6238) that work once: the accepted time step is stored on the user
/// and a code from the same or an earlier step is refused (ASP.NET Core's own provider accepts a
/// code again within its window). One step of clock drift either way is tolerated.
/// </summary>
internal sealed class OneTimeTotpTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<User>
{
    public const string ProviderName = "UrbisAuthenticator";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // The code comes from the person's authenticator app, never from the server.
    public Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = (token ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        var matched = totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var timeStep, new VerificationWindow(previous: 1, future: 1));
        if (!matched || timeStep <= user.LastTotpTimeStep)
        {
            return false;
        }

        // Two requests racing with the same code: the concurrency stamp lets only one update win.
        user.LastTotpTimeStep = timeStep;
        var saved = await manager.UpdateAsync(user);
        return saved.Succeeded;
    }
}
