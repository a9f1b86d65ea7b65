namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>
/// An application being written, saved to finish later. It is reached through a private link
/// whose token is e-mailed to the applicant; only the token's hash is kept. Unfinished drafts are
/// deleted when they expire (<see cref="Lifetime"/> after the last save).
/// </summary>
internal sealed class ApplicationDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string TokenHash { get; init; } = "";

    public string Email { get; set; } = "";

    public string Language { get; set; } = "en";

    /// <summary>The form as typed (JSON), valid or not.</summary>
    public string Content { get; set; } = "{}";

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>Set once the draft was submitted: the link then says so instead of showing the form.</summary>
    public Guid? ApplicationId { get; set; }

    public bool IsLive(DateTime now) => ExpiresAt > now;

    public void Save(string email, string language, string content, DateTime now)
    {
        (Email, Language, Content, UpdatedAt, ExpiresAt) = (email, language, content, now, now + Lifetime);
    }
}
