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
internal sealed partial class InvoiceRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<FeesOptions> options, ILogger<InvoiceRunner> logger)
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
            var (schedule, fees, requester) = await StartAsync(runId, cancellationToken);
            using var acting = CurrentActor.ActAs(requester.Id, requester.Name);
            if (schedule is null)
            {
                await FinishAsync(runId, "There is no published fee schedule for this year.", cancellationToken);
                return;
            }

            foreach (var batch in fees.Chunk(options.Value.RunBatchSize))
            {
                await IssueBatchAsync(runId, schedule, batch, cancellationToken);
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

    private async Task IssueBatchAsync(Guid runId, FeeSchedule schedule, MemberFee[] batch, CancellationToken cancellationToken)
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

        run.Processed += batch.Length;
        run.LockedUntil = clock.GetUtcNow().UtcDateTime + Lease;
        IReadOnlyList<Invoice> issued = [];
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            issued = await services.GetRequiredService<InvoiceIssuer>().IssueAsync(drafts, cancellationToken);
            run.Issued += issued.Count;
            run.Amount += issued.Sum(i => i.Total);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        run.Emailed += await KeepAndSendAsync(services.GetRequiredService<InvoiceDocuments>(), issued);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int> DocumentBatchAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var invoices = await db.Set<Invoice>().Where(i => i.RunId == runId && i.DocumentFileId == null)
            .OrderBy(i => i.Sequence).Take(options.Value.RunBatchSize).ToListAsync(cancellationToken);
        if (invoices.Count > 0)
        {
            var run = await db.Set<InvoiceRun>().FirstAsync(r => r.Id == runId, cancellationToken);
            run.Emailed += await KeepAndSendAsync(scope.ServiceProvider.GetRequiredService<InvoiceDocuments>(), invoices);
            await db.SaveChangesAsync(cancellationToken);
        }

        return invoices.Count;
    }

    /// <summary>Draws the PDFs on every core (the expensive part), then keeps them and queues the e-mails in order.</summary>
    private static async Task<int> KeepAndSendAsync(InvoiceDocuments documents, IReadOnlyList<Invoice> invoices)
    {
        var pdfs = new byte[invoices.Count][];
        Parallel.For(0, invoices.Count, i => pdfs[i] = documents.Render(invoices[i]));
        var emailed = 0;
        for (var i = 0; i < invoices.Count; i++)
        {
            emailed += await documents.KeepAndSendAsync(invoices[i], pdfs[i]) ? 1 : 0;
        }

        return emailed;
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
