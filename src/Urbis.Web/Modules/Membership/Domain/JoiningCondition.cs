using System.Text.Json.Serialization;
namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>
/// The six conditions of joining the network. Their wording is in the module's resources
/// (<c>ConditionTexts</c>), so pages and e-mails show them in the reader's language.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<JoiningCondition>))]
internal enum JoiningCondition
{
    /// <summary>A decision of the authority's council (or equivalent body) to join.</summary>
    CouncilDecision = 1,

    /// <summary>An elected representative who initiates and leads the local coalition.</summary>
    ElectedRepresentative = 2,

    /// <summary>A local coalition for urban security of public, private and voluntary partners, existing or committed by a date.</summary>
    LocalCoalition = 3,

    /// <summary>A security policy built into the social development policy.</summary>
    SocialDevelopment = 4,

    /// <summary>Citizens take part in the security policy.</summary>
    CitizenParticipation = 5,

    /// <summary>A commitment to human rights and to the network's manifesto, and paying the annual fee.</summary>
    HumanRightsAndCharter = 6,
}

internal static class JoiningConditions
{
    public static readonly IReadOnlyList<JoiningCondition> All = Enum.GetValues<JoiningCondition>();
}
