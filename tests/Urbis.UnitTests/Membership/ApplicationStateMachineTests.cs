using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.UnitTests.Membership;

/// <summary>
/// The application's state machine: submitted → under review → (information requested) →
/// recommended → approved / declined, or withdrawn; each step only from its states.
/// </summary>
public sealed class ApplicationStateMachineTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly BoardDecision Board = new("Executive committee", new DateOnly(2026, 3, 20), "EC-2026-3");

    [Fact]
    public void A_submitted_application_waits_for_its_review()
    {
        var application = Submitted();
        application.State.ShouldBe(ApplicationState.Submitted);
        application.Version.ShouldBe(1);
        application.NormalisedName.ShouldBe("l hospitalet de llobregat");
        application.Can(ApplicationAction.StartReview).ShouldBeTrue();
        application.Recommend(MembershipCategory.Full, null, Now).ShouldBe(ApplicationError.NotAllowedNow);
        application.Approve(Board, Guid.NewGuid(), Now).ShouldBe(ApplicationError.NotAllowedNow);
        application.Decline("No", null, Now).ShouldBe(ApplicationError.NotAllowedNow);
        application.Assess(Complete(), Now).ShouldBe(ApplicationError.NotAllowedNow);
        application.State.ShouldBe(ApplicationState.Submitted);
    }

    [Fact]
    public void The_happy_path_ends_approved_with_the_board_decision_and_the_authority()
    {
        var application = Submitted();
        application.StartReview(Now).ShouldBeNull();
        application.Assess(Complete(), Now).ShouldBeNull();
        application.Recommend(MembershipCategory.Associate, " Strong coalition ", Now).ShouldBeNull();
        application.State.ShouldBe(ApplicationState.Recommended);
        application.Recommendation.ShouldBe("Strong coalition");
        var authority = Guid.NewGuid();
        application.Approve(Board, authority, Now.AddDays(18)).ShouldBeNull();
        application.State.ShouldBe(ApplicationState.Approved);
        (application.DecisionBody, application.DecisionDate, application.DecisionReference).ShouldBe(("Executive committee", new DateOnly(2026, 3, 20), "EC-2026-3"));
        application.AuthorityId.ShouldBe(authority);
        application.ClosedAt.ShouldBe(Now.AddDays(18));
        application.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void Recommending_needs_every_condition_met_or_committed()
    {
        var application = UnderReview();
        application.Recommend(MembershipCategory.Full, null, Now).ShouldBe(ApplicationError.AssessmentIncomplete);
        var almost = Complete().Conditions.Select(c => c.Condition == JoiningCondition.CitizenParticipation ? c with { Status = ConditionStatus.NotMet } : c).ToList();
        application.Assess(new EligibilityAssessment(almost), Now).ShouldBeNull();
        application.Recommend(MembershipCategory.Full, null, Now).ShouldBe(ApplicationError.AssessmentIncomplete);
        application.State.ShouldBe(ApplicationState.UnderReview);
        application.Assess(Complete(), Now).ShouldBeNull();
        application.Recommend(MembershipCategory.Full, null, Now).ShouldBeNull();
    }

    [Fact]
    public void An_answer_makes_a_new_version_and_goes_back_under_review_once()
    {
        var application = UnderReview();
        application.RequestInformation("When did the council decide?", "hash", Now.AddDays(60), Now).ShouldBeNull();
        application.State.ShouldBe(ApplicationState.InformationRequested);
        application.AcceptsAnswerLink(Now.AddDays(1)).ShouldBeTrue();
        application.Recommend(MembershipCategory.Full, null, Now).ShouldBe(ApplicationError.NotAllowedNow);

        var amended = application.Answers with { OfficialName = "Ajuntament de L'Hospitalet de Llobregat" };
        application.ReceiveAnswer(amended, Now.AddDays(2)).ShouldBeNull();
        application.State.ShouldBe(ApplicationState.UnderReview);
        application.Version.ShouldBe(2);
        application.AuthorityName.ShouldBe("Ajuntament de L'Hospitalet de Llobregat");
        application.AnswerTokenHash.ShouldBeNull();
        application.ReceiveAnswer(amended, Now.AddDays(3)).ShouldBe(ApplicationError.NotAllowedNow);
        application.Version.ShouldBe(2);
    }

    [Fact]
    public void An_expired_answer_link_is_refused_and_a_new_request_replaces_it()
    {
        var application = UnderReview();
        application.RequestInformation("First question", "first", Now.AddDays(60), Now).ShouldBeNull();
        application.ReceiveAnswer(application.Answers, Now.AddDays(61)).ShouldBe(ApplicationError.LinkExpired);
        application.RequestInformation("Second question", "second", Now.AddDays(121), Now.AddDays(61)).ShouldBeNull();
        application.AnswerTokenHash.ShouldBe("second");
        application.InformationRequest.ShouldBe("Second question");
        application.ReceiveAnswer(application.Answers, Now.AddDays(62)).ShouldBeNull();
    }

    [Theory]
    [InlineData(nameof(ApplicationState.UnderReview))]
    [InlineData(nameof(ApplicationState.InformationRequested))]
    [InlineData(nameof(ApplicationState.Recommended))]
    public void The_secretariat_can_decline_from_any_reviewed_state(string name)
    {
        var state = Enum.Parse<ApplicationState>(name);
        var application = In(state);
        application.Decline("The council has not decided.", null, Now).ShouldBeNull();
        application.State.ShouldBe(ApplicationState.Declined);
        application.ClosingReason.ShouldBe("The council has not decided.");
        application.DecisionBody.ShouldBeNull();
    }

    [Fact]
    public void The_board_can_decline_with_its_decision()
    {
        var application = In(ApplicationState.Recommended);
        application.Decline("Not this year.", Board, Now).ShouldBeNull();
        application.DecisionBody.ShouldBe("Executive committee");
    }

    [Theory]
    [InlineData(nameof(ApplicationState.Submitted))]
    [InlineData(nameof(ApplicationState.UnderReview))]
    [InlineData(nameof(ApplicationState.InformationRequested))]
    [InlineData(nameof(ApplicationState.Recommended))]
    public void An_open_application_can_be_withdrawn(string name)
    {
        var state = Enum.Parse<ApplicationState>(name);
        var application = In(state);
        application.Withdraw("At the applicant's request.", Now).ShouldBeNull();
        application.State.ShouldBe(ApplicationState.Withdrawn);
        application.AnswerTokenHash.ShouldBeNull();
    }

    [Theory]
    [InlineData(nameof(ApplicationState.Approved))]
    [InlineData(nameof(ApplicationState.Declined))]
    [InlineData(nameof(ApplicationState.Withdrawn))]
    public void A_closed_application_allows_nothing(string name)
    {
        var state = Enum.Parse<ApplicationState>(name);
        var application = In(state);
        var stamp = application.ConcurrencyStamp;
        foreach (var action in Enum.GetValues<ApplicationAction>())
        {
            application.Can(action).ShouldBeFalse(action.ToString());
        }

        application.Withdraw("x", Now).ShouldBe(ApplicationError.NotAllowedNow);
        application.Decline("x", null, Now).ShouldBe(ApplicationError.NotAllowedNow);
        application.AssignTo(Guid.NewGuid(), "Someone", Now).ShouldBe(ApplicationError.NotAllowedNow);
        application.StartReview(Now).ShouldBe(ApplicationError.NotAllowedNow);
        application.State.ShouldBe(state);
        application.ConcurrencyStamp.ShouldBe(stamp);
    }

    [Fact]
    public void Every_change_renews_the_concurrency_stamp()
    {
        var application = Submitted();
        var stamp = application.ConcurrencyStamp;
        application.AssignTo(Guid.NewGuid(), "Sabine", Now).ShouldBeNull();
        application.ConcurrencyStamp.ShouldNotBe(stamp);
        application.AssigneeName.ShouldBe("Sabine");
        application.AssignTo(null, null, Now).ShouldBeNull();
        application.AssigneeId.ShouldBeNull();
    }

    internal static Application Submitted() => Application.Submit(Guid.NewGuid(), "2026-ABCDEF", Answers.Valid(), "I agree.", Now);

    private static Application UnderReview()
    {
        var application = Submitted();
        application.StartReview(Now).ShouldBeNull();
        return application;
    }

    private static Application In(ApplicationState state)
    {
        var application = Submitted();
        if (state == ApplicationState.Submitted)
        {
            return application;
        }

        application.StartReview(Now).ShouldBeNull();
        application.Assess(Complete(), Now).ShouldBeNull();
        switch (state)
        {
            case ApplicationState.InformationRequested:
                application.RequestInformation("?", "hash", Now.AddDays(60), Now).ShouldBeNull();
                break;
            case ApplicationState.Recommended:
                application.Recommend(MembershipCategory.Full, null, Now).ShouldBeNull();
                break;
            case ApplicationState.Approved:
                application.Recommend(MembershipCategory.Full, null, Now).ShouldBeNull();
                application.Approve(Board, Guid.NewGuid(), Now).ShouldBeNull();
                break;
            case ApplicationState.Declined:
                application.Decline("No", null, Now).ShouldBeNull();
                break;
            case ApplicationState.Withdrawn:
                application.Withdraw("Asked", Now).ShouldBeNull();
                break;
        }

        application.State.ShouldBe(state);
        return application;
    }

    internal static EligibilityAssessment Complete() =>
        new([.. JoiningConditions.All.Select(c => c == JoiningCondition.LocalCoalition
            ? new ConditionAssessment(c, ConditionStatus.Committed, new DateOnly(2026, 12, 31), "Coalition charter to be signed in autumn")
            : new ConditionAssessment(c, ConditionStatus.Met, null, "Seen"))]);
}
