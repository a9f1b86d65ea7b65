using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.Invoicing;

internal sealed record NotEmailed(Guid Id, string Number, string CustomerName);

/// <summary>
/// An annual run: its progress while it works (the page asks for ?handler=Progress every second;
/// without script, a link reloads it) and its result: how many invoices, how much, who was left out
/// and why, which invoices could not be e-mailed. Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class RunModel(AppDbContext db) : PageModel
{
    internal InvoiceRun Run { get; private set; } = null!;

    internal IReadOnlyList<NotEmailed> NotEmailed { get; private set; } = [];

    /// <summary>How many of the run's invoices went unsent; the page lists the first <see cref="NotEmailedShown"/>.</summary>
    internal int NotEmailedCount { get; private set; }

    internal const int NotEmailedShown = 50;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<InvoiceRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        if (!run.IsActive)
        {
            var unsent = db.Set<Invoice>().AsNoTracking().Where(i => i.RunId == id && i.EmailedAt == null);
            NotEmailedCount = await unsent.CountAsync(cancellationToken);
            NotEmailed = await unsent.OrderBy(i => i.Sequence).Take(NotEmailedShown).Select(i => new NotEmailed(i.Id, i.Number, i.CustomerName)).ToListAsync(cancellationToken);
        }

        return Page();
    }

    /// <summary>The figures the progress script shows (no personal data).</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken cancellationToken)
    {
        var run = await db.Set<InvoiceRun>().AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Status, r.Members, r.Processed, r.Issued, r.Emailed }).FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        var percent = InvoiceRun.PercentOf(run.Status, run.Members, run.Processed);
        return new JsonResult(new { status = run.Status.ToString(), run.Members, run.Processed, run.Issued, run.Emailed, percent, done = run.Status is InvoiceRunStatus.Completed or InvoiceRunStatus.Failed });
    }
}
