using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;

namespace Urbis.Web.Modules.Fees.Invoicing;

internal enum RunRequestError
{
    NotPublished,
    AlreadyRunning,
}

/// <summary>Asks for a year's annual run: saved as a queued run that a worker picks up (this node's at once).</summary>
internal sealed class InvoiceRunRequests(
    AppDbContext db,
    NetworkCalendar calendar,
    IOptions<FeesOptions> options,
    CurrentActor actor,
    AuditTrail audit,
    WorkSignal<InvoiceRunWorker> signal)
{
    public async Task<(Guid? RunId, RunRequestError? Error)> RequestAsync(int year, CancellationToken cancellationToken)
    {
        if (!await db.Set<FeeSchedule>().AnyAsync(s => s.Year == year && s.Status == FeeScheduleStatus.Published, cancellationToken))
        {
            return (null, RunRequestError.NotPublished);
        }

        if (await ActiveAsync(year, cancellationToken) is { } active)
        {
            return (active, RunRequestError.AlreadyRunning);
        }

        var today = calendar.Today;
        var (id, name) = actor.Get();
        var run = new InvoiceRun
        {
            Year = year,
            IssueDate = today,
            DueDate = today.AddDays(options.Value.PaymentTermDays),
            RequestedById = id,
            RequestedBy = name,
            RequestedAt = calendar.UtcNow,
        };
        db.Add(run);
        audit.Record("InvoiceRunRequested", "InvoiceRun", run.Id.ToString(), new { year, run.IssueDate, run.DueDate });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone asked for the same year's run at the same moment (unique index on active runs).
            return (await ActiveAsync(year, CancellationToken.None), RunRequestError.AlreadyRunning);
        }

        signal.Notify();
        return (run.Id, null);
    }

    private Task<Guid?> ActiveAsync(int year, CancellationToken cancellationToken) =>
        db.Set<InvoiceRun>().AsNoTracking()
            .Where(r => r.Year == year && (r.Status == InvoiceRunStatus.Queued || r.Status == InvoiceRunStatus.Running))
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
}
