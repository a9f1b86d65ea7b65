using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Invoicing;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Fees.Invoices;

internal sealed record CorrectInvoice(Guid InvoiceId, string Reason, decimal? NewAmount);

internal enum CorrectionError
{
    NotOpen,
    ReasonMissing,
    AmountNotValid,
    ChangedMeanwhile,
}

/// <summary>
/// Corrects an issued invoice the only lawful way: a credit note cancels it in full, and, when a
/// new amount is given, a new invoice replaces it (to the member's current billing address and
/// finance contact). Payments already received move to the new invoice; without one they stay as a
/// credit of the member. One transaction: both documents get their numbers or neither does.
/// </summary>
internal sealed class InvoiceCorrections(
    AppDbContext db,
    InvoiceIssuer issuer,
    InvoiceDocuments documents,
    IAuthorityDirectory directory,
    NetworkCalendar calendar,
    IOptions<FeesOptions> options,
    IStringLocalizer<FeesResource> l)
{
    public async Task<(IReadOnlyList<Invoice> Issued, CorrectionError? Error)> CorrectAsync(CorrectInvoice command, CancellationToken cancellationToken)
    {
        var reason = command.Reason.Trim();
        if (reason.Length is < 3 or > Invoice.TextMaxLength)
        {
            return ([], CorrectionError.ReasonMissing);
        }

        if (command.NewAmount is { } amount && (amount <= 0 || !FeeRounding.HasAtMostTwoDecimals(amount) || amount > PaymentRules.Largest))
        {
            return ([], CorrectionError.AmountNotValid);
        }

        var original = await db.Set<Invoice>().FirstAsync(i => i.Id == command.InvoiceId, cancellationToken);
        if (!original.CanBeCorrected)
        {
            return ([], CorrectionError.NotOpen);
        }

        var drafts = new List<InvoiceDraft> { CreditNoteOf(original, reason) };
        if (command.NewAmount is { } newAmount)
        {
            drafts.Add(await ReplacementOfAsync(original, newAmount, reason, cancellationToken));
        }

        // Reversed payments stay with the invoice they were recorded on: they no longer count anywhere.
        var payments = await db.Set<Payment>().Where(p => p.InvoiceId == original.Id && p.ReversedAt == null).ToListAsync(cancellationToken);
        try
        {
            IReadOnlyList<Invoice> issued;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                issued = await issuer.IssueAsync(drafts, cancellationToken);
                var replacement = issued.Count > 1 ? issued[1] : null;
                foreach (var payment in replacement is null ? [] : payments)
                {
                    original.Withdraw(payment.Amount);
                    payment.InvoiceId = replacement!.Id;
                    replacement.Apply(payment.Amount);
                }

                original.CancelBy(issued[0], calendar.UtcNow);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            foreach (var invoice in issued)
            {
                await documents.KeepAndSendAsync(invoice, documents.Render(invoice));
            }

            await db.SaveChangesAsync(cancellationToken);
            return (issued, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ([], CorrectionError.ChangedMeanwhile);
        }
    }

    private InvoiceDraft CreditNoteOf(Invoice original, string reason) => new(
        InvoiceKind.CreditNote,
        InvoiceOrigin.Correction,
        original.FeeYear,
        original.AuthorityId,
        original.Category,
        original.CustomerName,
        original.CustomerAddress,
        original.CustomerCountry,
        original.ContactName,
        original.ContactEmail,
        original.Language,
        calendar.Today,
        calendar.Today,
        original.Currency,
        [.. original.Lines.Select(line => new InvoiceLine { Description = line.Description, Detail = line.Detail, Amount = -line.Amount })],
        CorrectsInvoiceId: original.Id,
        CorrectsNumber: original.Number,
        CorrectionReason: reason);

    private async Task<InvoiceDraft> ReplacementOfAsync(Invoice original, decimal amount, string reason, CancellationToken cancellationToken)
    {
        var authority = await directory.FindAsync(original.AuthorityId, cancellationToken);
        var contact = (await directory.ContactsAsync(ContactRole.FinanceContact, [original.AuthorityId], cancellationToken)).GetValueOrDefault(original.AuthorityId);
        var address = string.IsNullOrWhiteSpace(authority?.BillingAddress) ? authority?.Address : authority.BillingAddress;
        var language = authority?.PreferredLanguage ?? original.Language;
        var line = Languages.In(language, () => new InvoiceLine
        {
            Description = original.Lines.FirstOrDefault()?.Description ?? l["Membership fee {0}", original.FeeYear],
            Detail = l["Replaces invoice {0}: {1}", original.Number, reason],
            Amount = amount,
        });
        return new InvoiceDraft(
            InvoiceKind.Invoice,
            InvoiceOrigin.Correction,
            original.FeeYear,
            original.AuthorityId,
            original.Category,
            authority?.OfficialName ?? original.CustomerName,
            string.IsNullOrWhiteSpace(address) ? original.CustomerAddress : address.Trim(),
            authority?.CountryCode ?? original.CustomerCountry,
            contact?.FullName,
            string.IsNullOrWhiteSpace(contact?.Email) ? null : contact.Email,
            language,
            calendar.Today,
            calendar.Today.AddDays(options.Value.PaymentTermDays),
            original.Currency,
            [line],
            CorrectsInvoiceId: original.Id,
            CorrectsNumber: original.Number,
            CorrectionReason: reason);
    }
}
