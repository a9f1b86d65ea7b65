using System.Security.Claims;

namespace Urbis.Web.Platform.Identity;

internal static class ClaimsPrincipalExtensions
{
    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? AuthorityId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(UrbisClaims.AuthorityId), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(UrbisClaims.DisplayName) ?? principal.Identity?.Name ?? "";

    public static bool HasTwoFactor(this ClaimsPrincipal principal) =>
        principal.HasClaim(UrbisClaims.TwoFactorEnabled, "true");

    public static bool IsSecretariat(this ClaimsPrincipal principal) =>
        Roles.Secretariat.Any(principal.IsInRole);
}
