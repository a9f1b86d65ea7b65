using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>
/// An authority's membership of the network over time. Open-ended: it lasts until the authority
/// resigns or is excluded; fees are due for each year.
/// </summary>
internal sealed class Membership
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The member authority (owned by the Directory module, referenced by id).</summary>
    public Guid AuthorityId { get; init; }

    public MembershipCategory Category { get; set; }

    public MembershipStatus Status { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public DateTime CreatedAt { get; init; }
}
