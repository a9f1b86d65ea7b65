namespace Urbis.Web.Platform.Audit;

/// <summary>One change to an important record: who, when, what, and the values before and after.</summary>
internal sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTime At { get; init; }

    /// <summary>The account that made the change; null for the system (start-up, background jobs).</summary>
    public Guid? ActorId { get; init; }

    /// <summary>The actor's name when the change was made, kept even if the account is later erased.</summary>
    public string ActorName { get; init; } = "";

    /// <summary>"Added", "Modified", "Deleted", or a named action such as "InvitationSent".</summary>
    public string Action { get; init; } = "";

    public string EntityType { get; init; } = "";

    public string EntityId { get; init; } = "";

    /// <summary>JSON object of the changed values before the change (null when added).</summary>
    public string? Before { get; init; }

    /// <summary>JSON object of the changed values after the change (null when deleted).</summary>
    public string? After { get; init; }
}
