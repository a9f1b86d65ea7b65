namespace Urbis.Web.Platform.Mail;

/// <summary>
/// An e-mail waiting to leave (or that left). Written in the same transaction as the change that
/// causes it, delivered afterwards by <see cref="OutboxSender"/>, so a rolled-back change sends nothing
/// and a mail server outage loses nothing.
/// </summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTime CreatedAt { get; init; }

    /// <summary>What kind of message this is (e.g. "Invitation"), for the outbox page and logs; no personal data.</summary>
    public string Kind { get; init; } = "";

    public string ToAddress { get; init; } = "";

    public string ToName { get; init; } = "";

    public string Subject { get; init; } = "";

    public string HtmlBody { get; init; } = "";

    public string TextBody { get; init; } = "";

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>A sender node holds the message until then; another node may take it over afterwards.</summary>
    public DateTime? LockedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the last retry failed: the message is given up and shown as failed.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
}
