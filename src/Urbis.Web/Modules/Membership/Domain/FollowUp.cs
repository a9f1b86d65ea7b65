namespace Urbis.Web.Modules.Membership.Domain;

internal enum FollowUpStatus
{
    Open,
    Met,
    Cancelled,
}

/// <summary>The reminders sent for a follow-up so far, in order.</summary>
internal enum ReminderStage
{
    None,
    MonthBefore,
    WeekBefore,
    Overdue,
}

/// <summary>
/// A condition the new member committed to meet by a date (from the eligibility assessment at
/// approval). Reminders go to the coordinator and the secretariat 30 and 7 days before the due
/// date, the day after it, and every 30 days while it stays open.
/// </summary>
internal sealed class FollowUp
{
    public const int NoteMaxLength = 2000;
    public const int OverdueRepeatDays = 30;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; init; }

    public Guid AuthorityId { get; init; }

    public JoiningCondition Condition { get; init; }

    public DateOnly DueDate { get; init; }

    /// <summary>What the authority committed to (the assessment's evidence note).</summary>
    public string? Commitment { get; init; }

    public FollowUpStatus Status { get; private set; } = FollowUpStatus.Open;

    public DateTime CreatedAt { get; init; }

    public DateTime? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public string? ClosingNote { get; private set; }

    public ReminderStage LastReminder { get; private set; }

    public DateOnly? LastRemindedOn { get; private set; }

    public bool IsOverdue(DateOnly today) => Status == FollowUpStatus.Open && DueDate < today;

    /// <summary>The reminder to send today, if any (only the latest stage when several are due at once).</summary>
    public ReminderStage? ReminderDue(DateOnly today)
    {
        if (Status != FollowUpStatus.Open)
        {
            return null;
        }

        var daysLeft = DueDate.DayNumber - today.DayNumber;
        if (daysLeft < 0)
        {
            var repeat = LastReminder == ReminderStage.Overdue && LastRemindedOn is { } last && today.DayNumber - last.DayNumber >= OverdueRepeatDays;
            return LastReminder < ReminderStage.Overdue || repeat ? ReminderStage.Overdue : null;
        }

        if (daysLeft <= 7)
        {
            return LastReminder < ReminderStage.WeekBefore ? ReminderStage.WeekBefore : null;
        }

        if (daysLeft <= 30)
        {
            return LastReminder < ReminderStage.MonthBefore ? ReminderStage.MonthBefore : null;
        }

        return null;
    }

    public void Reminded(ReminderStage stage, DateOnly today) => (LastReminder, LastRemindedOn) = (stage, today);

    /// <summary>Closes it as met or cancelled; false when it is already closed.</summary>
    public bool Close(bool met, string? note, string by, DateTime now)
    {
        if (Status != FollowUpStatus.Open)
        {
            return false;
        }

        Status = met ? FollowUpStatus.Met : FollowUpStatus.Cancelled;
        ClosingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ClosedBy = by;
        ClosedAt = now;
        return true;
    }
}
