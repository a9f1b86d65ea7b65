namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>
/// A member's fee for a year set by hand instead of the scale (an agreement, a hardship decision),
/// with the reason. Audited; used by invoices issued afterwards, never by those already issued.
/// </summary>
internal sealed class FeeOverride
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AuthorityId { get; init; }

    public int Year { get; init; }

    public decimal Amount { get; set; }

    public string Reason { get; set; } = "";

    public DateTime SetAt { get; set; }

    public string SetBy { get; set; } = "";
}
