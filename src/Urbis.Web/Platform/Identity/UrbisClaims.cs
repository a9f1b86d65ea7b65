namespace Urbis.Web.Platform.Identity;

/// <summary>Claims Urbis adds to the signed-in principal (see <see cref="UrbisClaimsPrincipalFactory"/>).</summary>
internal static class UrbisClaims
{
    public const string TwoFactorEnabled = "urbis:2fa";
    public const string AuthorityId = "urbis:authority";
    public const string DisplayName = "urbis:name";
    public const string Language = "urbis:lang";
}
