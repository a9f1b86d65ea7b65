using Urbis.Web.Modules.Membership.Contracts;

namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>
/// An authority's application to join, from submission to the board's decision. Its state changes
/// only through the intention-revealing methods below, each allowed from the states listed in
/// <see cref="ApplicationRules"/>; a refusal is returned as an <see cref="ApplicationError"/>.
/// </summary>
internal sealed class Application
{
    public const int ReasonMaxLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The number people quote, e.g. "2026-K7Q3MX".</summary>
    public string Reference { get; private set; } = "";

    /// <summary>The form's one-time key: a second submission of the same form finds this application.</summary>
    public Guid SubmissionKey { get; private set; }

    public ApplicationState State { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>The number of the current answers' version (1 at submission, +1 per amendment).</summary>
    public int Version { get; private set; }

    public ApplicationAnswers Answers { get; private set; } = new();

    // Copies of a few answers, for lists, filters and duplicate checks.
    public string AuthorityName { get; private set; } = "";

    public string NormalisedName { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public string ApplicantEmail { get; private set; } = "";

    public string Language { get; private set; } = "en";

    /// <summary>The consent wording exactly as shown to the applicant, and when they gave it.</summary>
    public string ConsentWording { get; private set; } = "";

    public DateTime ConsentedAt { get; private set; }

    public Guid? AssigneeId { get; private set; }

    public string? AssigneeName { get; private set; }

    public EligibilityAssessment Assessment { get; private set; } = EligibilityAssessment.Blank;

    /// <summary>The secretariat's latest request for information, and the hash of its answer link.</summary>
    public string? InformationRequest { get; private set; }

    public DateTime? InformationRequestedAt { get; private set; }

    public string? AnswerTokenHash { get; private set; }

    public DateTime? AnswerLinkExpiresAt { get; private set; }

    public MembershipCategory? RecommendedCategory { get; private set; }

    public string? Recommendation { get; private set; }

    public string? DecisionBody { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    public string? DecisionReference { get; private set; }

    /// <summary>Why it was declined or withdrawn.</summary>
    public string? ClosingReason { get; private set; }

    /// <summary>The member authority, once approved.</summary>
    public Guid? AuthorityId { get; private set; }

    /// <summary>Changes on every save: two people acting on the same application cannot both win.</summary>
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public bool IsOpen => ApplicationRules.IsOpen(State);

    public bool Can(ApplicationAction action) => ApplicationRules.Allows(State, action);

    public static Application Submit(Guid submissionKey, string reference, ApplicationAnswers answers, string consentWording, DateTime now)
    {
        var application = new Application
        {
            Reference = reference,
            SubmissionKey = submissionKey,
            State = ApplicationState.Submitted,
            SubmittedAt = now,
            ConsentWording = consentWording,
            ConsentedAt = now,
        };
        application.SetAnswers(answers, now);
        return application;
    }

    public ApplicationError? StartReview(DateTime now) => Move(ApplicationAction.StartReview, ApplicationState.UnderReview, now);

    public ApplicationError? Assess(EligibilityAssessment assessment, DateTime now)
    {
        if (!Can(ApplicationAction.Assess))
        {
            return ApplicationError.NotAllowedNow;
        }

        Assessment = assessment.Tidied();
        Touch(now);
        return null;
    }

    /// <summary>Asks the applicant for more; the answer link (its hash kept here) replaces any earlier one.</summary>
    public ApplicationError? RequestInformation(string message, string answerTokenHash, DateTime expiresAt, DateTime now)
    {
        if (Move(ApplicationAction.RequestInformation, ApplicationState.InformationRequested, now) is { } error)
        {
            return error;
        }

        InformationRequest = message.Trim();
        InformationRequestedAt = now;
        AnswerTokenHash = answerTokenHash;
        AnswerLinkExpiresAt = expiresAt;
        return null;
    }

    /// <summary>Whether this is the application behind a live answer link.</summary>
    public bool AcceptsAnswerLink(DateTime now) => State == ApplicationState.InformationRequested && AnswerLinkExpiresAt > now;

    /// <summary>The applicant answers: the amended answers become a new version; the link stops working.</summary>
    public ApplicationError? ReceiveAnswer(ApplicationAnswers amended, DateTime now)
    {
        if (!AcceptsAnswerLink(now))
        {
            return State == ApplicationState.InformationRequested ? ApplicationError.LinkExpired : ApplicationError.NotAllowedNow;
        }

        State = ApplicationState.UnderReview;
        AnswerTokenHash = null;
        AnswerLinkExpiresAt = null;
        Version++;
        SetAnswers(amended, now);
        return null;
    }

    public ApplicationError? Recommend(MembershipCategory category, string? note, DateTime now)
    {
        if (!Can(ApplicationAction.Recommend))
        {
            return ApplicationError.NotAllowedNow;
        }

        if (!Assessment.IsComplete)
        {
            return ApplicationError.AssessmentIncomplete;
        }

        RecommendedCategory = category;
        Recommendation = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return Move(ApplicationAction.Recommend, ApplicationState.Recommended, now);
    }

    /// <summary>The board approved: records its decision and the member authority.</summary>
    public ApplicationError? Approve(BoardDecision decision, Guid authorityId, DateTime now)
    {
        if (!Can(ApplicationAction.Approve))
        {
            return ApplicationError.NotAllowedNow;
        }

        if (!Assessment.IsComplete)
        {
            return ApplicationError.AssessmentIncomplete;
        }

        Record(decision);
        AuthorityId = authorityId;
        return Close(ApplicationAction.Approve, ApplicationState.Approved, null, now);
    }

    /// <summary>Declined by the board (with its decision) or by the secretariat (without), with a reason.</summary>
    public ApplicationError? Decline(string reason, BoardDecision? decision, DateTime now)
    {
        if (!Can(ApplicationAction.Decline))
        {
            return ApplicationError.NotAllowedNow;
        }

        if (decision is not null)
        {
            Record(decision);
        }

        return Close(ApplicationAction.Decline, ApplicationState.Declined, reason, now);
    }

    public ApplicationError? Withdraw(string reason, DateTime now) => Close(ApplicationAction.Withdraw, ApplicationState.Withdrawn, reason, now);

    public ApplicationError? AssignTo(Guid? staffId, string? staffName, DateTime now)
    {
        if (!Can(ApplicationAction.Assign))
        {
            return ApplicationError.NotAllowedNow;
        }

        (AssigneeId, AssigneeName) = staffId is null ? (null, null) : (staffId, staffName);
        Touch(now);
        return null;
    }

    private void SetAnswers(ApplicationAnswers answers, DateTime now)
    {
        Answers = answers;
        Version = Math.Max(Version, 1);
        AuthorityName = answers.OfficialName;
        NormalisedName = NameNormaliser.Normalise(answers.OfficialName);
        CountryCode = answers.CountryCode;
        ApplicantEmail = answers.Applicant.Email;
        Language = answers.PreferredLanguage;
        Touch(now);
    }

    private void Record(BoardDecision decision) =>
        (DecisionBody, DecisionDate, DecisionReference) = (decision.Body.Trim(), decision.Date, string.IsNullOrWhiteSpace(decision.Reference) ? null : decision.Reference.Trim());

    private ApplicationError? Close(ApplicationAction action, ApplicationState state, string? reason, DateTime now)
    {
        if (Move(action, state, now) is { } error)
        {
            return error;
        }

        ClosingReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        ClosedAt = now;
        AnswerTokenHash = null;
        AnswerLinkExpiresAt = null;
        return null;
    }

    private ApplicationError? Move(ApplicationAction action, ApplicationState to, DateTime now)
    {
        if (!Can(action))
        {
            return ApplicationError.NotAllowedNow;
        }

        State = to;
        Touch(now);
        return null;
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        ConcurrencyStamp = Guid.NewGuid();
    }
}

/// <summary>A decision of a body of the network (e.g. the executive committee) on a date.</summary>
internal sealed record BoardDecision(string Body, DateOnly Date, string? Reference);
