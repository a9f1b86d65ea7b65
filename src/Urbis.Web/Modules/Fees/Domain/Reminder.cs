namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>A dunning step sent for an invoice: the log of reminders (one per invoice and step).</summary>
internal sealed class Reminder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid InvoiceId { get; init; }

    public Guid AuthorityId { get; init; }

    /// <summary>1 for the first reminder, 2 for the second...</summary>
    public int Step { get; init; }

    public int DaysAfterDue { get; init; }

    public decimal Outstanding { get; init; }

    /// <summary>Null when the member has no finance contact with an e-mail address: the reminder is logged for a letter.</summary>
    public string? SentTo { get; init; }

    public DateTime SentAt { get; init; }
}
