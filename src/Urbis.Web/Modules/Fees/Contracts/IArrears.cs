namespace Urbis.Web.Modules.Fees.Contracts;

/// <summary>
/// Members in arrears: an invoice still unpaid <c>Fees:ArrearsAfterDays</c> days after its due
/// date (90 by default). For later features (voting rights at the general assembly, suspension).
/// </summary>
internal interface IArrears
{
    /// <summary>Every member in arrears today, by authority id.</summary>
    Task<IReadOnlyDictionary<Guid, ArrearsSummary>> AllAsync(CancellationToken cancellationToken);

    /// <summary>The member's arrears today, or null when it is not in arrears.</summary>
    Task<ArrearsSummary?> OfAsync(Guid authorityId, CancellationToken cancellationToken);
}

/// <summary>What a member owes beyond the grace period, and since when.</summary>
internal sealed record ArrearsSummary(Guid AuthorityId, decimal Overdue, string Currency, DateOnly OldestDueDate, int Invoices);
