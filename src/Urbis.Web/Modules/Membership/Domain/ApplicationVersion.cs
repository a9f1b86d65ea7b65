namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>
/// One version of an application's answers: as submitted (1), then after each amendment by the
/// applicant. The history keeps every version, so the secretariat sees what changed.
/// </summary>
internal sealed class ApplicationVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; init; }

    public int Number { get; init; }

    public DateTime CreatedAt { get; init; }

    public ApplicationAnswers Answers { get; init; } = new();

    /// <summary>What the applicant wrote in answer to the request (null for the first version).</summary>
    public string? Note { get; init; }

    public static ApplicationVersion Of(Application application, DateTime now, string? note = null) => new()
    {
        ApplicationId = application.Id,
        Number = application.Version,
        CreatedAt = now,
        Answers = application.Answers,
        Note = note,
    };
}
