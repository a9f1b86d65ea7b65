namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>Where an application stands (DESIGN.md §3).</summary>
internal enum ApplicationState
{
    Submitted,
    UnderReview,
    InformationRequested,
    Recommended,
    Approved,
    Declined,
    Withdrawn,
}

/// <summary>What can be done to an application; <see cref="ApplicationRules"/> says from which states.</summary>
internal enum ApplicationAction
{
    StartReview,
    Assess,
    RequestInformation,
    Answer,
    Recommend,
    Approve,
    Decline,
    Withdraw,
    Assign,
}

/// <summary>The state machine in one table: each action and the states it is allowed from.</summary>
internal static class ApplicationRules
{
    private static readonly ApplicationState[] Open =
        [ApplicationState.Submitted, ApplicationState.UnderReview, ApplicationState.InformationRequested, ApplicationState.Recommended];

    private static readonly Dictionary<ApplicationAction, ApplicationState[]> AllowedFrom = new()
    {
        [ApplicationAction.StartReview] = [ApplicationState.Submitted],
        [ApplicationAction.Assess] = [ApplicationState.UnderReview, ApplicationState.InformationRequested, ApplicationState.Recommended],
        [ApplicationAction.RequestInformation] = [ApplicationState.UnderReview, ApplicationState.InformationRequested, ApplicationState.Recommended],
        [ApplicationAction.Answer] = [ApplicationState.InformationRequested],
        [ApplicationAction.Recommend] = [ApplicationState.UnderReview],
        [ApplicationAction.Approve] = [ApplicationState.Recommended],
        [ApplicationAction.Decline] = [ApplicationState.UnderReview, ApplicationState.InformationRequested, ApplicationState.Recommended],
        [ApplicationAction.Withdraw] = Open,
        [ApplicationAction.Assign] = Open,
    };

    public static bool IsOpen(ApplicationState state) => Open.Contains(state);

    public static IReadOnlyList<ApplicationState> OpenStates => Open;

    public static bool Allows(ApplicationState state, ApplicationAction action) => AllowedFrom[action].Contains(state);
}
