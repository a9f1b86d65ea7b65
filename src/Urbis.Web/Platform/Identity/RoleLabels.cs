using Microsoft.Extensions.Localization;

namespace Urbis.Web.Platform.Identity;

/// <summary>The localised label of each role (role names are identifiers, not words).</summary>
internal static class RoleLabels
{
    public static string For(string role, IStringLocalizer<AccountResource> l) => role switch
    {
        Roles.MemberUser => l["Member user"],
        Roles.MemberCoordinator => l["Member coordinator"],
        Roles.PartnerExpert => l["Partner or expert"],
        Roles.SecretariatStaff => l["Secretariat staff"],
        Roles.Finance => l["Finance"],
        Roles.Administrator => l["Administrator"],
        _ => role,
    };
}
