using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform.Identity;

/// <summary>What people read for a role, in their language (shared by every page that shows roles).</summary>
internal static class RoleLabels
{
    public static string For(string role, IStringLocalizer<SharedResource> s) => role switch
    {
        Roles.MemberUser => s["Member user"],
        Roles.MemberCoordinator => s["Member coordinator"],
        Roles.PartnerExpert => s["Partner or expert"],
        Roles.SecretariatStaff => s["Secretariat staff"],
        Roles.Finance => s["Finance"],
        Roles.Administrator => s["Administrator"],
        _ => role,
    };
}
