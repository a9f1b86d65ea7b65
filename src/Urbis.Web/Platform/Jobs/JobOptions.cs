namespace Urbis.Web.Platform.Jobs;

internal sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the scheduler in this process (tests run jobs by hand instead).</summary>
    public bool RunScheduler { get; set; } = true;

    /// <summary>How often each node looks for due jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a node may hold a job before another node may take it over (a crashed node).</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
