namespace Urbis.Web.Modules.Membership.Contracts;

/// <summary>The categories of membership; fees are set per category.</summary>
internal enum MembershipCategory
{
    Full,
    Associate,
    NationalForum,
}
