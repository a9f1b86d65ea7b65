using System.Security.Cryptography;
using System.Text;

namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>
/// Secret tokens for links that stand in for an account (a saved draft, an answer to the
/// secretariat). 256 random bits; only the SHA-256 hash is stored, so a leaked database gives no link.
/// </summary>
internal static class PrivateLink
{
    public static (string Token, string Hash) New()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    /// <summary>The hash to look a token up by; null for text that cannot be a token (no lookup needed).</summary>
    public static string? HashOf(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? Hash(token) : null;

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
