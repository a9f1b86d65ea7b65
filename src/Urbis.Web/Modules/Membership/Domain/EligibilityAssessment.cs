using System.Text.Json.Serialization;
namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>How the secretariat judges one condition.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConditionStatus>))]
internal enum ConditionStatus
{
    Unknown,
    Met,
    Committed,
    NotMet,
}

/// <summary>One condition's assessment: its status, the due date of a commitment, the evidence seen.</summary>
internal sealed record ConditionAssessment(JoiningCondition Condition, ConditionStatus Status, DateOnly? DueDate, string? Evidence);

/// <summary>The six conditions of joining, each met, committed by a due date, not met or unknown.</summary>
internal sealed record EligibilityAssessment(IReadOnlyList<ConditionAssessment> Conditions)
{
    public const int EvidenceMaxLength = 2000;

    /// <summary>A commitment is due within this many years at most.</summary>
    public const int CommitmentYears = 3;

    public static EligibilityAssessment Blank { get; } =
        new([.. JoiningConditions.All.Select(c => new ConditionAssessment(c, ConditionStatus.Unknown, null, null))]);

    public ConditionAssessment For(JoiningCondition condition) =>
        Conditions.FirstOrDefault(c => c.Condition == condition) ?? new ConditionAssessment(condition, ConditionStatus.Unknown, null, null);

    /// <summary>Every condition met or committed: the application can go to the board.</summary>
    public bool IsComplete => JoiningConditions.All.All(c => For(c).Status is ConditionStatus.Met or ConditionStatus.Committed);

    /// <summary>The conditions the authority committed to meet, each with its due date.</summary>
    public IReadOnlyList<ConditionAssessment> Commitments => [.. Conditions.Where(c => c.Status == ConditionStatus.Committed && c.DueDate is not null)];

    public int Count(ConditionStatus status) => JoiningConditions.All.Count(c => For(c).Status == status);

    /// <summary>
    /// The problems of an assessment, per condition: a commitment needs a due date after today and
    /// within <see cref="CommitmentYears"/> years; evidence is at most <see cref="EvidenceMaxLength"/> characters.
    /// </summary>
    public IReadOnlyList<(JoiningCondition Condition, AssessmentProblem Problem)> Problems(DateOnly today)
    {
        var problems = new List<(JoiningCondition, AssessmentProblem)>();
        foreach (var c in Conditions)
        {
            if (c.Status == ConditionStatus.Committed && c.DueDate is null)
            {
                problems.Add((c.Condition, AssessmentProblem.DueDateMissing));
            }
            else if (c.Status == ConditionStatus.Committed && c.DueDate <= today)
            {
                problems.Add((c.Condition, AssessmentProblem.DueDateNotInFuture));
            }
            else if (c.Status == ConditionStatus.Committed && c.DueDate > today.AddYears(CommitmentYears))
            {
                problems.Add((c.Condition, AssessmentProblem.DueDateTooFar));
            }

            if (c.Evidence?.Length > EvidenceMaxLength)
            {
                problems.Add((c.Condition, AssessmentProblem.EvidenceTooLong));
            }
        }

        return problems;
    }

    /// <summary>Only commitments keep a due date; empty evidence is no evidence.</summary>
    public EligibilityAssessment Tidied() =>
        new([.. JoiningConditions.All.Select(For).Select(c => c with
        {
            DueDate = c.Status == ConditionStatus.Committed ? c.DueDate : null,
            Evidence = string.IsNullOrWhiteSpace(c.Evidence) ? null : c.Evidence.Trim(),
        })]);
}

internal enum AssessmentProblem
{
    DueDateMissing,
    DueDateNotInFuture,
    DueDateTooFar,
    EvidenceTooLong,
}
