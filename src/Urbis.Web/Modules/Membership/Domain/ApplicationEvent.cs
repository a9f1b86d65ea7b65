namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>What happened to an application.</summary>
internal enum ApplicationEventKind
{
    Submitted,
    ReviewStarted,
    Assessed,
    InformationRequested,
    Answered,
    Recommended,
    Approved,
    Declined,
    Withdrawn,
    Assigned,
    Comment,
}

/// <summary>
/// One line of an application's history as the secretariat reads it: transitions with their
/// message or reason, and internal comments (never shown to the applicant).
/// </summary>
internal sealed class ApplicationEvent
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; init; }

    public DateTime At { get; init; }

    public ApplicationEventKind Kind { get; init; }

    /// <summary>Who acted; null for the applicant (who has no account).</summary>
    public Guid? ActorId { get; init; }

    public string ActorName { get; init; } = "";

    public string? Text { get; init; }

    public static ApplicationEvent Of(Application application, ApplicationEventKind kind, DateTime now, Guid? actorId, string actorName, string? text = null) => new()
    {
        ApplicationId = application.Id,
        At = now,
        Kind = kind,
        ActorId = actorId,
        ActorName = actorName,
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
    };
}
