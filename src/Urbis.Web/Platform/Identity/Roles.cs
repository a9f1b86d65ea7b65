namespace Urbis.Web.Platform.Identity;

/// <summary>The roles of DESIGN.md §2. Role names are stable identifiers; their labels are localised.</summary>
internal static class Roles
{
    public const string MemberUser = "MemberUser";
    public const string MemberCoordinator = "MemberCoordinator";
    public const string PartnerExpert = "PartnerExpert";
    public const string SecretariatStaff = "SecretariatStaff";
    public const string Finance = "Finance";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
        [MemberUser, MemberCoordinator, PartnerExpert, SecretariatStaff, Finance, Administrator];

    /// <summary>Network staff: these roles must use two-factor before they reach the back office.</summary>
    public static readonly IReadOnlyList<string> Secretariat = [SecretariatStaff, Finance, Administrator];

    public static bool IsSecretariat(string role) => Secretariat.Contains(role);
}
