using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees.Invoicing;

/// <summary>What an invoice will say, before it has a number.</summary>
internal sealed record InvoiceDraft(
    InvoiceKind Kind,
    InvoiceOrigin Origin,
    int FeeYear,
    Guid AuthorityId,
    MembershipCategory Category,
    string CustomerName,
    string CustomerAddress,
    string CustomerCountry,
    string? ContactName,
    string? ContactEmail,
    string Language,
    DateOnly IssueDate,
    DateOnly DueDate,
    string Currency,
    IReadOnlyList<InvoiceLine> Lines,
    Guid? RunId = null,
    Guid? CorrectsInvoiceId = null,
    string? CorrectsNumber = null,
    string? CorrectionReason = null);

/// <summary>
/// Turns drafts into issued invoices: numbers them in order and adds them to the unit of work. The
/// caller owns the transaction (begun just before, committed right after SaveChanges).
/// </summary>
internal sealed class InvoiceIssuer(AppDbContext db, InvoiceNumbers numbers, TimeProvider clock, CurrentActor actor)
{
    public async Task<IReadOnlyList<Invoice>> IssueAsync(IReadOnlyList<InvoiceDraft> drafts, CancellationToken cancellationToken)
    {
        var issued = new Invoice[drafts.Count];
        var now = clock.GetUtcNow().UtcDateTime;
        var by = actor.Get().Name;
        foreach (var series in drafts.Select((d, i) => (Draft: d, Index: i)).GroupBy(x => (x.Draft.Kind, x.Draft.IssueDate.Year)))
        {
            var next = await numbers.ReserveAsync(series.Key.Kind, series.Key.Year, series.Count(), cancellationToken);
            foreach (var (draft, index) in series)
            {
                var number = InvoiceNumbers.Format(draft.Kind, draft.IssueDate.Year, next);
                issued[index] = new Invoice
                {
                    Kind = draft.Kind,
                    Number = number,
                    NumberYear = draft.IssueDate.Year,
                    Sequence = next++,
                    FeeYear = draft.FeeYear,
                    Origin = draft.Origin,
                    AuthorityId = draft.AuthorityId,
                    Category = draft.Category,
                    CustomerName = draft.CustomerName,
                    CustomerAddress = draft.CustomerAddress,
                    CustomerCountry = draft.CustomerCountry,
                    ContactName = draft.ContactName,
                    ContactEmail = draft.ContactEmail,
                    Language = draft.Language,
                    IssueDate = draft.IssueDate,
                    DueDate = draft.DueDate,
                    Currency = draft.Currency,
                    Total = draft.Lines.Sum(l => l.Amount),
                    PaymentReference = draft.Kind == InvoiceKind.CreditNote ? "" : CreditorReference.For(number),
                    Lines = draft.Lines,
                    RunId = draft.RunId,
                    CorrectsInvoiceId = draft.CorrectsInvoiceId,
                    CorrectsNumber = draft.CorrectsNumber,
                    CorrectionReason = draft.CorrectionReason,
                    CreatedAt = now,
                    CreatedBy = by,
                };
                db.Add(issued[index]);
            }
        }

        return issued;
    }
}
