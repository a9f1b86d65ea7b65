namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>
/// A year's annual invoicing, done in the background in batches: its progress is kept here, in the
/// database, so that any web node can show it and take it over if the node running it stops.
/// </summary>
internal sealed class InvoiceRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Year { get; init; }

    public InvoiceRunStatus Status { get; set; } = InvoiceRunStatus.Queued;

    /// <summary>The date printed on every invoice of the run (the network's today when it was asked for).</summary>
    public DateOnly IssueDate { get; init; }

    public DateOnly DueDate { get; init; }

    public Guid? RequestedById { get; init; }

    public string RequestedBy { get; init; } = "";

    public DateTime RequestedAt { get; init; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>A node works on the run until then; another may take it over afterwards.</summary>
    public DateTime? LockedUntil { get; set; }

    /// <summary>Active members of the year, counted when the run starts.</summary>
    public int Members { get; set; }

    public int Processed { get; set; }

    public int Issued { get; set; }

    public int AlreadyInvoiced { get; set; }

    public int NothingDue { get; set; }

    public int Emailed { get; set; }

    public decimal Amount { get; set; }

    /// <summary>Members left out and why (JSON list of <see cref="SkippedMember"/>).</summary>
    public List<SkippedMember> Skipped { get; set; } = [];

    public string? Error { get; set; }

    public bool IsActive => Status is InvoiceRunStatus.Queued or InvoiceRunStatus.Running;

    public int Percent => PercentOf(Status, Members, Processed);

    /// <summary>Also for the progress endpoint, which reads only these three columns.</summary>
    public static int PercentOf(InvoiceRunStatus status, int members, int processed) =>
        members == 0 ? (status == InvoiceRunStatus.Completed ? 100 : 0) : (int)Math.Min(100, processed * 100L / members);
}

internal sealed class SkippedMember
{
    public Guid AuthorityId { get; set; }

    public string Name { get; set; } = "";

    public MemberFeeProblem Problem { get; set; }
}

internal enum InvoiceRunStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>Why a member's fee cannot be invoiced (or can, but not e-mailed).</summary>
internal enum MemberFeeProblem
{
    NoPopulation,
    CategoryNotInSchedule,
    NoAddress,
    NoFinanceContact,
}
