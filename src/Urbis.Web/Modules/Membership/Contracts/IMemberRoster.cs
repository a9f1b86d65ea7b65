namespace Urbis.Web.Modules.Membership.Contracts;

/// <summary>Who is (or was) a member, for other modules (fees, directory, events).</summary>
internal interface IMemberRoster
{
    /// <summary>Every membership as a read-only row, to compose into other modules' queries.</summary>
    IQueryable<MembershipRow> Query();

    /// <summary>The memberships in force at some point of the year (status active, started by 31 December).</summary>
    IQueryable<MembershipRow> ActiveDuring(int year);
}

internal sealed class MembershipRow
{
    public Guid MembershipId { get; init; }

    public Guid AuthorityId { get; init; }

    public MembershipCategory Category { get; init; }

    public MembershipStatus Status { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}
