using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.MemberInvoices;

internal sealed record MyInvoiceRow(Guid Id, string Number, InvoiceKind Kind, int FeeYear, DateOnly IssueDate, DateOnly DueDate, decimal Total, decimal AmountPaid, InvoiceStatus Status, string Currency);

/// <summary>
/// The invoices and credit notes of the coordinator's own authority, with what is still due, and
/// their PDFs. Coordinators only (the resource check keeps each to their own authority).
/// </summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class MyInvoicesModel(AppDbContext db, IArrears arrears, IAuthorizationService authorization) : PageModel
{
    internal IReadOnlyList<MyInvoiceRow> Rows { get; private set; } = [];

    internal ArrearsSummary? Arrears { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.AuthorityId() is not { } authorityId
            || !(await authorization.AuthorizeAsync(User, new AuthorityResource(authorityId), AuthorityOperations.Manage)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Rows = await db.Set<Invoice>().AsNoTracking().Where(i => i.AuthorityId == authorityId)
            .OrderByDescending(i => i.FeeYear).ThenByDescending(i => i.CreatedAt)
            .Select(i => new MyInvoiceRow(i.Id, i.Number, i.Kind, i.FeeYear, i.IssueDate, i.DueDate, i.Total, i.AmountPaid, i.Status, i.Currency))
            .ToListAsync(cancellationToken);
        Arrears = await arrears.OfAsync(authorityId, cancellationToken);
        return Page();
    }
}
