using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Urbis.Web.Platform.Identity;

/// <summary>
/// Identity's data-protection tokens (password reset, e-mail change, invitation) with their age
/// measured by the injected <see cref="TimeProvider"/>; Identity's own provider reads the system
/// clock. Same content: creation time, user id, purpose, security stamp; so a token dies when it
/// is too old, when used for another purpose or user, and when the security stamp changes.
/// </summary>
internal class ClockedTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<DataProtectionTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<User>> logger,
    TimeProvider clock)
    : DataProtectorTokenProvider<User>(dataProtectionProvider, options, logger)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, true);

    public override async Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new BinaryWriter(buffer, Utf8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose ?? "");
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return Convert.ToBase64String(Protector.Protect(buffer.ToArray()));
    }

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        string userId, tokenPurpose, stamp;
        DateTimeOffset created;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(Protector.Unprotect(Convert.FromBase64String(token))), Utf8);
            created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            (userId, tokenPurpose, stamp) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
            if (reader.PeekChar() != -1)
            {
                return false;
            }
        }
        catch (Exception e) when (e is CryptographicException or FormatException or IOException or ArgumentException or DecoderFallbackException)
        {
            // Tampered, truncated or foreign: simply not a valid token.
            return false;
        }

        return created + Options.TokenLifespan >= clock.GetUtcNow()
            && userId == await manager.GetUserIdAsync(user)
            && string.Equals(tokenPurpose, purpose, StringComparison.Ordinal)
            && stamp == (await manager.GetSecurityStampAsync(user) ?? "");
    }
}
