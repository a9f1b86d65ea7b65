using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees.MemberFees;

internal sealed record MemberInvoiceRow(Guid Id, string Number, InvoiceKind Kind, DateOnly IssueDate, decimal Total, InvoiceStatus Status, string Currency);

/// <summary>
/// A member's fee for a year, with how it is computed, and the fee set by hand instead (with a
/// reason; audited), which only invoices issued afterwards use. Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class MemberFeePageModel(AppDbContext db, MemberFeeCalculator calculator, CurrentActor actor, NetworkCalendar calendar, IStringLocalizer<FeesResource> l) : PageModel
{
    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    internal FeeSchedule Schedule { get; private set; } = null!;

    internal MemberFee Fee { get; private set; } = null!;

    internal IReadOnlyList<MemberInvoiceRow> Invoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, Guid authorityId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, authorityId, cancellationToken))
        {
            return NotFound();
        }

        Amount = Fee.Override?.Amount.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture);
        Reason = Fee.Override?.Reason;
        return Page();
    }

    public async Task<IActionResult> OnPostSetAsync(int year, Guid authorityId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, authorityId, cancellationToken))
        {
            return NotFound();
        }

        if (!Money.TryParse(Amount, out var amount))
        {
            ModelState.AddModelError(nameof(Amount), l["Enter the amount, e.g. 1500 or 1500.50."]);
        }
        else if (amount < 0 || !FeeRounding.HasAtMostTwoDecimals(amount) || amount > PaymentRules.Largest)
        {
            ModelState.AddModelError(nameof(Amount), l["The amount cannot be negative and has at most 2 decimals."]);
        }

        var reason = Reason?.Trim() ?? "";
        if (reason.Length is < 3 or > FeeOverride.ReasonMaxLength)
        {
            ModelState.AddModelError(nameof(Reason), l["Say why the fee is set by hand (3 to {0} characters): the auditors will read it.", FeeOverride.ReasonMaxLength]);
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var existing = await db.Set<FeeOverride>().FirstOrDefaultAsync(o => o.AuthorityId == authorityId && o.Year == year, cancellationToken);
        if (existing is null)
        {
            existing = new FeeOverride { AuthorityId = authorityId, Year = year };
            db.Add(existing);
        }

        existing.Amount = amount;
        existing.Reason = reason;
        existing.SetAt = calendar.UtcNow;
        existing.SetBy = actor.Get().Name;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = l["The fee of {0} for {1} is set to {2}.", Fee.Name, year, Domain.Money.Format(amount, Schedule.Currency)].Value;
        return Redirect($"/finance/fees/{year}/members/{authorityId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int year, Guid authorityId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, authorityId, cancellationToken))
        {
            return NotFound();
        }

        await db.Set<FeeOverride>().Where(o => o.AuthorityId == authorityId && o.Year == year).ForEachAsync(o => db.Remove(o), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = l["The fee of {0} for {1} follows the scale again.", Fee.Name, year].Value;
        return Redirect($"/finance/fees/{year}/members/{authorityId}");
    }

    private async Task<bool> LoadAsync(int year, Guid authorityId, CancellationToken cancellationToken)
    {
        if (await db.Set<FeeSchedule>().AsNoTracking().FirstOrDefaultAsync(s => s.Year == year, cancellationToken) is not { } schedule)
        {
            return false;
        }

        Schedule = schedule;
        if ((await calculator.ForYearAsync(schedule, authorityId, cancellationToken)).FirstOrDefault() is not { } fee)
        {
            return false;
        }

        Fee = fee;
        Invoices = await db.Set<Invoice>().AsNoTracking().Where(i => i.AuthorityId == authorityId && i.FeeYear == year)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new MemberInvoiceRow(i.Id, i.Number, i.Kind, i.IssueDate, i.Total, i.Status, i.Currency))
            .ToListAsync(cancellationToken);
        return true;
    }
}
