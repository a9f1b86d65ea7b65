namespace Urbis.Web.Platform.Jobs;

/// <summary>
/// Work that runs on a schedule, once per cluster however many web nodes run. Each run gets its own
/// DI scope. A run that throws is retried after <see cref="JobOptions.RetryDelay"/>.
/// </summary>
internal interface IScheduledJob
{
    /// <summary>Stable name, the key of the job's lease row.</summary>
    string Name { get; }

    JobSchedule Schedule { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
