namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>Why a change to an application was refused (expected failures, shown to the person).</summary>
internal enum ApplicationError
{
    /// <summary>The action is not allowed in the application's current state.</summary>
    NotAllowedNow,

    /// <summary>Recommending or approving needs every condition met or committed with a due date.</summary>
    AssessmentIncomplete,

    /// <summary>The answer link has expired or was replaced.</summary>
    LinkExpired,

    /// <summary>Someone else changed the application since it was read (the save found a newer version).</summary>
    ChangedMeanwhile,
}
