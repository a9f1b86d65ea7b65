using System.Security.Claims;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Web;

/// <summary>Where each kind of person starts after signing in.</summary>
internal static class Homes
{
    public const string BackOffice = "/office";
    public const string Members = "/members";
    public const string Account = "/account";

    public static string For(ClaimsPrincipal user) => For(Roles.All.Where(user.IsInRole).ToList());

    public static string For(IList<string> roles)
    {
        if (roles.Any(Roles.IsSecretariat))
        {
            return BackOffice;
        }

        return roles.Contains(Roles.MemberUser) || roles.Contains(Roles.MemberCoordinator) ? Members : Account;
    }
}
