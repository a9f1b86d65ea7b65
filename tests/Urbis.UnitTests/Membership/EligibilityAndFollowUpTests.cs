using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.UnitTests.Membership;

/// <summary>Assessment rules and follow-up reminders: 30 and 7 days before, after the date, then every 30 days.</summary>
public sealed class EligibilityAndFollowUpTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void A_commitment_needs_a_due_date_after_today_and_within_three_years()
    {
        var assessment = new EligibilityAssessment(
        [
            new(JoiningCondition.CouncilDecision, ConditionStatus.Committed, null, null),
            new(JoiningCondition.ElectedRepresentative, ConditionStatus.Committed, Today, null),
            new(JoiningCondition.LocalCoalition, ConditionStatus.Committed, Today.AddYears(3).AddDays(1), null),
            new(JoiningCondition.SocialDevelopment, ConditionStatus.Met, null, new string('x', 2001)),
            new(JoiningCondition.CitizenParticipation, ConditionStatus.Committed, Today.AddDays(1), null),
        ]);
        assessment.Problems(Today).ShouldBe(
        [
            (JoiningCondition.CouncilDecision, AssessmentProblem.DueDateMissing),
            (JoiningCondition.ElectedRepresentative, AssessmentProblem.DueDateNotInFuture),
            (JoiningCondition.LocalCoalition, AssessmentProblem.DueDateTooFar),
            (JoiningCondition.SocialDevelopment, AssessmentProblem.EvidenceTooLong),
        ]);
        assessment.IsComplete.ShouldBeFalse("the sixth condition is unknown");
    }

    [Fact]
    public void Tidying_keeps_due_dates_only_on_commitments_and_lists_all_six_conditions()
    {
        var tidied = new EligibilityAssessment([new(JoiningCondition.CitizenParticipation, ConditionStatus.Met, Today.AddDays(9), "  ")]).Tidied();
        tidied.Conditions.Count.ShouldBe(6);
        tidied.For(JoiningCondition.CitizenParticipation).ShouldBe(new ConditionAssessment(JoiningCondition.CitizenParticipation, ConditionStatus.Met, null, null));
        tidied.For(JoiningCondition.CouncilDecision).Status.ShouldBe(ConditionStatus.Unknown);
        ApplicationStateMachineTests.Complete().Commitments.ShouldHaveSingleItem().Condition.ShouldBe(JoiningCondition.LocalCoalition);
    }

    [Theory]
    [InlineData(60, null)]
    [InlineData(31, null)]
    [InlineData(30, nameof(ReminderStage.MonthBefore))]
    [InlineData(8, nameof(ReminderStage.MonthBefore))]
    [InlineData(7, nameof(ReminderStage.WeekBefore))]
    [InlineData(0, nameof(ReminderStage.WeekBefore))]
    [InlineData(-1, nameof(ReminderStage.Overdue))]
    [InlineData(-400, nameof(ReminderStage.Overdue))]
    public void The_first_reminder_due_is_the_latest_stage_reached(int daysLeft, string? expected) =>
        FollowUpDue(daysLeft).ReminderDue(Today)?.ToString().ShouldBe(expected);

    [Fact]
    public void Each_reminder_is_sent_once_and_an_overdue_one_every_thirty_days()
    {
        var followUp = FollowUpDue(40);
        var sent = new List<(int Day, ReminderStage Stage)>();
        for (var day = 0; day <= 120; day++)
        {
            var date = Today.AddDays(day);
            if (followUp.ReminderDue(date) is { } stage)
            {
                followUp.Reminded(stage, date);
                sent.Add((day, stage));
            }
        }

        sent.ShouldBe([(10, ReminderStage.MonthBefore), (33, ReminderStage.WeekBefore), (41, ReminderStage.Overdue), (71, ReminderStage.Overdue), (101, ReminderStage.Overdue)]);
    }

    [Fact]
    public void A_closed_follow_up_is_not_reminded_and_cannot_be_closed_twice()
    {
        var followUp = FollowUpDue(-10);
        followUp.Close(met: true, " Charter signed ", "Sabine", DateTime.UnixEpoch).ShouldBeTrue();
        followUp.ReminderDue(Today).ShouldBeNull();
        followUp.ClosingNote.ShouldBe("Charter signed");
        followUp.Close(met: false, null, "Sabine", DateTime.UnixEpoch).ShouldBeFalse();
        followUp.Status.ShouldBe(FollowUpStatus.Met);
    }

    private static FollowUp FollowUpDue(int daysLeft) => new() { Condition = JoiningCondition.LocalCoalition, DueDate = Today.AddDays(daysLeft) };
}
