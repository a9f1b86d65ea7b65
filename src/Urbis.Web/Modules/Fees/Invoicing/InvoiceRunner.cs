using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Invoices;
using Urbis.Web.Modules.Fees.MemberFees;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Fees.Invoicing;

/// <summary>
/// Does the annual runs that were asked for. A node claims a run with one conditional UPDATE of
/// its lock (so one node works on it; another takes over if that node stops), then works in
/// batches: each batch issues its invoices in one short transaction (the numbering lock is held
/// for milliseconds, never for the whole run), then draws their PDFs outside any transaction and
/// saves them with the e-mails. Progress is written after every batch for the page to show.
/// Running again issues nothing twice: members already invoiced for the year are counted, not invoiced.
/// </summary>
internal sealed partial class InvoiceRunner(IServiceScopeFactory scopes, Pdf.InvoicePdf pdf, TimeProvider clock, IOptions<FeesOptions> options, ILogger<InvoiceRunner> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Claims and does every run waiting; returns how many were done.</summary>
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        while (await ClaimAsync(cancellationToken) is { } runId)
        {
            await RunAsync(runId, cancellationToken);
            done++;
        }

        return done;
    }

    private async Task<Guid?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Set<InvoiceRun>()
            .Where(r => r.Status == InvoiceRunStatus.Queued || (r.Status == InvoiceRunStatus.Running && r.LockedUntil < now))
            .OrderBy(r => r.RequestedAt).Select(r => r.Id).Take(5).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var claimed = await db.Set<InvoiceRun>()
                .Where(r => r.Id == id && (r.Status == InvoiceRunStatus.Queued || (r.Status == InvoiceRunStatus.Running && r.LockedUntil < now)))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, InvoiceRunStatus.Running).SetProperty(r => r.LockedUntil, now + Lease), cancellationToken);
            if (claimed == 1)
            {
                return id;
            }
        }

        return null;
    }

    private async Task RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (schedule, fees, requester) = await StartAsync(runId, cancellationToken);
            LogStarted(logger, fees.Count, watch.Elapsed.TotalMilliseconds);
            using var acting = CurrentActor.ActAs(requester.Id, requester.Name);
            if (schedule is null)
            {
                await FinishAsync(runId, "There is no published fee schedule for this year.", cancellationToken);
                return;
            }

            // A pipeline: while one batch's PDFs and e-mails are saved, the next batch is issued and drawn.
            Task? saving = null;
            foreach (var batch in fees.Chunk(options.Value.RunBatchSize))
            {
                var issued = await IssueBatchAsync(runId, schedule, batch, cancellationToken);
                var pdfs = Draw(issued);
                if (saving is not null)
                {
                    await saving;
                }

                saving = KeepAndSendAsync(runId, issued, pdfs, cancellationToken);
            }

            if (saving is not null)
            {
                await saving;
            }

            // After a node stopped between issuing and drawing, the invoices issued then still lack their PDF.
            while (await DocumentBatchAsync(runId, cancellationToken) > 0)
            {
            }

            await FinishAsync(runId, null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRunFailed(logger, ex, runId);
            await FinishAsync(runId, ex.Message, CancellationToken.None);
        }
    }

    private async Task<(FeeSchedule? Schedule, IReadOnlyList<MemberFee> Fees, (Guid? Id, string Name) Requester)> StartAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = await db.Set<InvoiceRun>().FirstAsync(r => r.Id == runId, cancellationToken);
        var schedule = await db.Set<FeeSchedule>().AsNoTracking().FirstOrDefaultAsync(s => s.Year == run.Year && s.Status == FeeScheduleStatus.Published, cancellationToken);
        IReadOnlyList<MemberFee> fees = schedule is null ? [] : await scope.ServiceProvider.GetRequiredService<MemberFeeCalculator>().ForYearAsync(schedule, null, cancellationToken);

        // Counted afresh at every start, so a run taken over from a stopped node reports the whole year.
        run.StartedAt ??= clock.GetUtcNow().UtcDateTime;
        run.Members = fees.Count;
        run.Processed = run.Issued = run.AlreadyInvoiced = run.NothingDue = 0;
        run.Amount = 0m;
        run.Skipped = [];
        run.Emailed = await db.Set<Invoice>().CountAsync(i => i.RunId == runId && i.EmailedAt != null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (schedule, fees, (run.RequestedById, run.RequestedBy));
    }

    /// <summary>Issues a batch's invoices in one short transaction and counts the others; returns the invoices issued.</summary>
    private async Task<IReadOnlyList<Invoice>> IssueBatchAsync(Guid runId, FeeSchedule schedule, MemberFee[] batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var run = await db.Set<InvoiceRun>().FirstAsync(r => r.Id == runId, cancellationToken);
        var drafts = new List<InvoiceDraft>();
        var lines = services.GetRequiredService<InvoiceLines>();
        foreach (var fee in batch)
        {
            switch (fee.Status)
            {
                case MemberFeeStatus.AlreadyInvoiced when fee.Invoiced!.RunId == runId:
                    run.Issued++;
                    run.Amount += fee.Invoiced.Total;
                    break;
                case MemberFeeStatus.AlreadyInvoiced:
                    run.AlreadyInvoiced++;
                    break;
                case MemberFeeStatus.NothingDue:
                    run.NothingDue++;
                    break;
                case MemberFeeStatus.Blocked:
                    run.Skipped.Add(new SkippedMember { AuthorityId = fee.AuthorityId, Name = fee.Name, Problem = fee.Problems.First(p => p != MemberFeeProblem.NoFinanceContact) });
                    break;
                default:
                    drafts.Add(lines.AnnualDraft(fee, schedule, run));
                    break;
            }
        }

        // Only the columns changed here are written: Emailed is counted by the documents step, which may run meanwhile.
        run.Processed += batch.Length;
        run.LockedUntil = clock.GetUtcNow().UtcDateTime + Lease;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var issued = await services.GetRequiredService<InvoiceIssuer>().IssueAsync(drafts, cancellationToken);
        run.Issued += issued.Count;
        run.Amount += issued.Sum(i => i.Total);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogIssued(logger, issued.Count, watch.Elapsed.TotalMilliseconds);
        return issued;
    }

    /// <summary>Draws the PDFs on every core (the expensive part of the run).</summary>
    private byte[][] Draw(IReadOnlyList<Invoice> invoices)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var pdfs = new byte[invoices.Count][];
        Parallel.For(0, invoices.Count, i => pdfs[i] = pdf.Render(invoices[i]));
        LogDrawn(logger, invoices.Count, watch.Elapsed.TotalMilliseconds);
        return pdfs;
    }

    /// <summary>Keeps the PDFs and queues the e-mails of issued invoices, in a unit of work of their own.</summary>
    private async Task KeepAndSendAsync(Guid runId, IReadOnlyList<Invoice> invoices, byte[][] pdfs, CancellationToken cancellationToken)
    {
        if (invoices.Count == 0)
        {
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var documents = scope.ServiceProvider.GetRequiredService<InvoiceDocuments>();
        var emailed = 0;
        for (var i = 0; i < invoices.Count; i++)
        {
            if (db.Entry(invoices[i]).State == EntityState.Detached)
            {
                db.Attach(invoices[i]);
            }

            emailed += await documents.KeepAndSendAsync(invoices[i], pdfs[i]) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Set<InvoiceRun>().Where(r => r.Id == runId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Emailed, r => r.Emailed + emailed), cancellationToken);
        LogKept(logger, invoices.Count, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Invoices of the run still without their PDF (a node stopped between issuing and saving them).</summary>
    private async Task<int> DocumentBatchAsync(Guid runId, CancellationToken cancellationToken)
    {
        List<Invoice> invoices;
        await using (var scope = scopes.CreateAsyncScope())
        {
            invoices = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Invoice>().AsNoTracking()
                .Where(i => i.RunId == runId && i.DocumentFileId == null)
                .OrderBy(i => i.Sequence).Take(options.Value.RunBatchSize).ToListAsync(cancellationToken);
        }

        await KeepAndSendAsync(runId, invoices, Draw(invoices), cancellationToken);
        return invoices.Count;
    }

    private async Task FinishAsync(Guid runId, string? error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = await db.Set<InvoiceRun>().FirstAsync(r => r.Id == runId, cancellationToken);
        using var acting = CurrentActor.ActAs(run.RequestedById, run.RequestedBy);
        run.Status = error is null ? InvoiceRunStatus.Completed : InvoiceRunStatus.Failed;
        run.Error = error is null ? null : error.Length > 2000 ? error[..2000] : error;
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        run.LockedUntil = null;
        scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(
            error is null ? "InvoiceRunCompleted" : "InvoiceRunFailed", "InvoiceRun", runId.ToString(),
            new { run.Year, run.Members, run.Issued, run.Amount, run.AlreadyInvoiced, run.NothingDue, Skipped = run.Skipped.Count, run.Emailed });
        await db.SaveChangesAsync(cancellationToken);
        LogRunFinished(logger, runId, run.Year, run.Issued, run.Status);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} invoices issued in {Ms:0} ms")]
    private static partial void LogIssued(ILogger logger, int count, double ms);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} PDFs kept and e-mails queued in {Ms:0} ms")]
    private static partial void LogKept(ILogger logger, int count, double ms);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fees of {Count} members computed in {Ms:0} ms")]
    private static partial void LogStarted(ILogger logger, int count, double ms);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} PDFs drawn in {Ms:0} ms")]
    private static partial void LogDrawn(ILogger logger, int count, double ms);

    [LoggerMessage(Level = LogLevel.Error, Message = "Invoice run {RunId} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception ex, Guid runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoice run {RunId} for {Year} finished: {Issued} issued, {Status}")]
    private static partial void LogRunFinished(ILogger logger, Guid runId, int year, int issued, InvoiceRunStatus status);
}

/// <summary>The lines of a member's annual invoice, written in the member's language.</summary>
internal sealed class InvoiceLines(IStringLocalizer<FeesResource> l, FeeTexts texts)
{
    public InvoiceDraft AnnualDraft(MemberFee fee, FeeSchedule schedule, InvoiceRun run) => new(
        InvoiceKind.Invoice,
        InvoiceOrigin.AnnualRun,
        schedule.Year,
        fee.AuthorityId,
        fee.Category,
        fee.Name,
        fee.BillTo.Address,
        fee.CountryCode,
        fee.BillTo.ContactName,
        fee.BillTo.ContactEmail,
        fee.Language,
        run.IssueDate,
        run.DueDate,
        schedule.Currency,
        [Languages.In(fee.Language, () => new InvoiceLine
        {
            Description = l["Membership fee {0} – {1}", schedule.Year, texts.Category(fee.Category)],
            Detail = texts.Explain(fee, schedule),
            Amount = fee.Due ?? 0m,
        })],
        run.Id);
}
