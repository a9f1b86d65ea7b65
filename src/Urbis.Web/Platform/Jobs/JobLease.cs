namespace Urbis.Web.Platform.Jobs;

/// <summary>
/// One row per scheduled job: when it runs next and which node holds it now. A node runs a job
/// only after moving <see cref="LockedUntil"/> forward in one conditional UPDATE, so one node wins.
/// </summary>
internal sealed class JobLease
{
    public required string Name { get; init; }

    public DateTime NextRunAt { get; set; }

    public DateTime? LockedUntil { get; set; }

    public string? LockedBy { get; set; }

    public DateTime? LastStartedAt { get; set; }

    public DateTime? LastFinishedAt { get; set; }

    public bool? LastSucceeded { get; set; }

    public string? LastError { get; set; }
}
