namespace Urbis.Web.Platform.Security;

/// <summary>
/// The named policies every page and endpoint chooses from (or it is explicitly anonymous).
/// Secretariat policies also require two-factor authentication.
/// </summary>
internal static class Policies
{
    /// <summary>Any signed-in, active account (also partners and experts).</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>The members' platform: member users and coordinators, and the secretariat.</summary>
    public const string Members = "Members";

    /// <summary>Coordinators of a member authority (resource checks narrow it to their own).</summary>
    public const string Coordinators = "Coordinators";

    /// <summary>
    /// Those who may manage an authority's profile and people: its coordinators and secretariat staff
    /// or administrators (with two-factor). A resource check then narrows coordinators to their own.
    /// </summary>
    public const string AuthorityManagers = "AuthorityManagers";

    /// <summary>The back office: secretariat staff, finance and administrators, with two-factor.</summary>
    public const string BackOffice = "BackOffice";

    /// <summary>Applications, members, groups, events, content: secretariat staff and administrators.</summary>
    public const string Staff = "Staff";

    /// <summary>Fee schedules, invoices, payments: finance and administrators.</summary>
    public const string Finance = "Finance";

    /// <summary>Accounts, settings and the audit log: administrators.</summary>
    public const string Administration = "Administration";

    public static readonly IReadOnlyList<string> All =
        [SignedIn, Members, Coordinators, AuthorityManagers, BackOffice, Staff, Finance, Administration];
}
