using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Jobs;

/// <summary>Claims and runs due jobs. Safe to call from several nodes at once: each job runs once.</summary>
internal sealed partial class JobRunner(
    IServiceScopeFactory scopes,
    IOptions<JobOptions> options,
    IOptions<PlatformOptions> platform,
    TimeProvider clock,
    ILogger<JobRunner> logger)
{
    private readonly string node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>The registered jobs (jobs are scoped services; this lists them from a throw-away scope).</summary>
    public IReadOnlyList<(string Name, JobSchedule Schedule)> Jobs()
    {
        using var scope = scopes.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IScheduledJob>().Select(j => (j.Name, j.Schedule))];
    }

    /// <summary>Runs every job that is due now; returns the names of those this node ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken)
    {
        var jobs = Jobs();
        await EnsureLeasesAsync(jobs, cancellationToken);
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            if (await TryClaimAsync(job.Name, cancellationToken))
            {
                await RunClaimedAsync(job, cancellationToken);
                ran.Add(job.Name);
            }
        }

        return ran;
    }

    /// <summary>Makes a job due now (the administrators' "run now").</summary>
    public async Task MakeDueAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<JobLease>().Where(l => l.Name == name).ExecuteUpdateAsync(u => u.SetProperty(l => l.NextRunAt, now), cancellationToken);
    }

    private async Task EnsureLeasesAsync(IReadOnlyList<(string Name, JobSchedule Schedule)> jobs, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var known = await db.Set<JobLease>().Select(l => l.Name).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var job in jobs.Where(j => !known.Contains(j.Name)))
        {
            db.Add(new JobLease { Name = job.Name, NextRunAt = job.Schedule.Next(now, platform.Value.Zone) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node created it first.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<bool> TryClaimAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.LockDuration;
        var rows = await db.Set<JobLease>()
            .Where(l => l.Name == name && l.NextRunAt <= now && (l.LockedUntil == null || l.LockedUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.LockedUntil, until).SetProperty(l => l.LockedBy, node).SetProperty(l => l.LastStartedAt, now), cancellationToken);
        return rows == 1;
    }

    private async Task RunClaimedAsync((string Name, JobSchedule Schedule) job, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var scoped = scope.ServiceProvider.GetServices<IScheduledJob>().First(j => j.Name == job.Name);
            await scoped.RunAsync(cancellationToken);
            LogRan(logger, job.Name);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            LogFailed(logger, ex, job.Name);
        }

        await using var release = scopes.CreateAsyncScope();
        var db = release.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var next = error is null ? job.Schedule.Next(now, platform.Value.Zone) : now + options.Value.RetryDelay;
        await db.Set<JobLease>().Where(l => l.Name == job.Name && l.LockedBy == node).ExecuteUpdateAsync(u => u
            .SetProperty(l => l.NextRunAt, next)
            .SetProperty(l => l.LockedUntil, (DateTime?)null)
            .SetProperty(l => l.LockedBy, (string?)null)
            .SetProperty(l => l.LastFinishedAt, now)
            .SetProperty(l => l.LastSucceeded, error == null)
            .SetProperty(l => l.LastError, error), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} ran")]
    private static partial void LogRan(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it will be retried")]
    private static partial void LogFailed(ILogger logger, Exception ex, string job);
}
