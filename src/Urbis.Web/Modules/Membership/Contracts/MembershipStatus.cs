namespace Urbis.Web.Modules.Membership.Contracts;

/// <summary>Where a membership stands.</summary>
internal enum MembershipStatus
{
    Active,
    Suspended,
    Resigned,
    Excluded,
}
