using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Fees.MemberFees;

/// <summary>
/// A member's fee for a year and everything it comes from: category, country, the population on the
/// schedule's reference date, the scale's quote, the joiner's share, a fee set by hand, and what is
/// missing to invoice it.
/// </summary>
internal sealed record MemberFee(
    Guid AuthorityId,
    string Name,
    string CountryCode,
    string Language,
    MembershipCategory Category,
    DateOnly MemberSince,
    PopulationFigure? Population,
    FeeQuote? Quote,
    FeeOverride? Override,
    decimal? Due,
    BillTo BillTo,
    IReadOnlyList<MemberFeeProblem> Problems,
    ExistingInvoice? Invoiced)
{
    public MemberFeeStatus Status =>
        Invoiced is not null ? MemberFeeStatus.AlreadyInvoiced
        : Problems.Any(p => p != MemberFeeProblem.NoFinanceContact) ? MemberFeeStatus.Blocked
        : Due is 0m ? MemberFeeStatus.NothingDue
        : MemberFeeStatus.ToInvoice;

    public bool IsFlagged => Problems.Count > 0;
}

/// <summary>Who the invoice is addressed to, as the Directory knows it today.</summary>
internal sealed record BillTo(string Address, string? ContactName, string? ContactEmail, string ContactLanguage);

internal sealed record ExistingInvoice(Guid Id, string Number, decimal Total, Guid? RunId);

internal enum MemberFeeStatus
{
    ToInvoice,
    AlreadyInvoiced,
    NothingDue,
    Blocked,
}
