using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.Web.Modules.Membership;

/// <summary>What people read for the module's values (states, conditions, categories...), in their language.</summary>
internal sealed class MembershipLabels(IStringLocalizer<MembershipResource> l)
{
    public string State(ApplicationState state) => state switch
    {
        ApplicationState.Submitted => l["Submitted"],
        ApplicationState.UnderReview => l["Under review"],
        ApplicationState.InformationRequested => l["Information requested"],
        ApplicationState.Recommended => l["Recommended"],
        ApplicationState.Approved => l["Approved"],
        ApplicationState.Declined => l["Declined"],
        _ => l["Withdrawn"],
    };

    public static string StateBadge(ApplicationState state) => state switch
    {
        ApplicationState.Approved => "text-bg-success",
        ApplicationState.Declined or ApplicationState.Withdrawn => "text-bg-secondary",
        ApplicationState.InformationRequested => "text-bg-warning",
        ApplicationState.Recommended => "text-bg-info",
        _ => "text-bg-primary",
    };

    public string Condition(JoiningCondition condition) => condition switch
    {
        JoiningCondition.CouncilDecision => l["A decision of the council to join"],
        JoiningCondition.ElectedRepresentative => l["An elected representative who leads the coalition"],
        JoiningCondition.LocalCoalition => l["A local coalition for urban security"],
        JoiningCondition.SocialDevelopment => l["Security built into social development"],
        JoiningCondition.CitizenParticipation => l["Citizen participation"],
        _ => l["Human rights, the manifesto and the annual fee"],
    };

    public string ConditionText(JoiningCondition condition) => condition switch
    {
        JoiningCondition.CouncilDecision => l["The authority's council (or the body that can commit it) decides to join the network."],
        JoiningCondition.ElectedRepresentative => l["An elected representative initiates the local coalition for urban security, leads it and speaks for the authority in the network."],
        JoiningCondition.LocalCoalition => l["A local coalition for urban security brings together public, private and voluntary partners. It exists, or the authority commits to create it by a set date."],
        JoiningCondition.SocialDevelopment => l["The security policy is part of the authority's social development policy: prevention goes hand in hand with education, housing, health, employment and social cohesion."],
        JoiningCondition.CitizenParticipation => l["Citizens take part in the security policy: in the diagnosis, in choosing priorities and in evaluating what was done."],
        _ => l["The authority commits to human rights and to the network's manifesto, and pays the annual membership fee."],
    };

    public string ConditionStatus(ConditionStatus status) => status switch
    {
        Domain.ConditionStatus.Met => l["Met"],
        Domain.ConditionStatus.Committed => l["Committed by a due date"],
        Domain.ConditionStatus.NotMet => l["Not met"],
        _ => l["Unknown"],
    };

    public static string ConditionBadge(ConditionStatus status) => status switch
    {
        Domain.ConditionStatus.Met => "text-bg-success",
        Domain.ConditionStatus.Committed => "text-bg-info",
        Domain.ConditionStatus.NotMet => "text-bg-danger",
        _ => "text-bg-light border",
    };

    public string Category(MembershipCategory category) => category switch
    {
        MembershipCategory.Full => l["Full member"],
        MembershipCategory.Associate => l["Associate member"],
        _ => l["National forum"],
    };

    public string MembershipStatus(MembershipStatus status) => status switch
    {
        Contracts.MembershipStatus.Active => l["Active"],
        Contracts.MembershipStatus.Suspended => l["Suspended"],
        Contracts.MembershipStatus.Resigned => l["Resigned"],
        _ => l["Excluded"],
    };

    public string AuthorityType(AuthorityType type) => type switch
    {
        Directory.Contracts.AuthorityType.Municipality => l["Municipality"],
        Directory.Contracts.AuthorityType.City => l["City"],
        Directory.Contracts.AuthorityType.MetropolitanArea => l["Metropolitan area"],
        Directory.Contracts.AuthorityType.ProvinceOrCounty => l["Province or county"],
        Directory.Contracts.AuthorityType.Region => l["Region"],
        Directory.Contracts.AuthorityType.NationalForum => l["National forum for urban security"],
        Directory.Contracts.AuthorityType.PartnerOrganisation => l["Partner organisation"],
        _ => l["Other"],
    };

    public string Sector(PartnerSector sector) => sector switch
    {
        PartnerSector.Public => l["Public partners"],
        PartnerSector.Private => l["Private partners"],
        _ => l["Voluntary partners"],
    };

    public string SectorExamples(PartnerSector sector) => sector switch
    {
        PartnerSector.Public => l["For example the police, the prosecutor's office, schools, social services, health services, public transport."],
        PartnerSector.Private => l["For example shopkeepers' associations, businesses, nightlife venues, private security companies, housing companies."],
        _ => l["For example residents' associations, youth organisations, victim support, associations working with people who use drugs."],
    };

    public string HeardFrom(HeardFrom heard) => heard switch
    {
        Domain.HeardFrom.MemberAuthority => l["From a member authority"],
        Domain.HeardFrom.Event => l["At a conference or seminar"],
        Domain.HeardFrom.Website => l["On the network's website"],
        Domain.HeardFrom.Publication => l["Through a publication"],
        Domain.HeardFrom.NationalForum => l["Through a national forum for urban security"],
        _ => l["Other"],
    };

    public string Event(ApplicationEventKind kind) => kind switch
    {
        ApplicationEventKind.Submitted => l["Application submitted"],
        ApplicationEventKind.ReviewStarted => l["Review started"],
        ApplicationEventKind.Assessed => l["Eligibility assessed"],
        ApplicationEventKind.InformationRequested => l["Information requested from the applicant"],
        ApplicationEventKind.Answered => l["The applicant answered"],
        ApplicationEventKind.Recommended => l["Recommended to the board"],
        ApplicationEventKind.Approved => l["Approved"],
        ApplicationEventKind.Declined => l["Declined"],
        ApplicationEventKind.Withdrawn => l["Withdrawn"],
        ApplicationEventKind.Assigned => l["Assigned"],
        _ => l["Internal comment"],
    };

    public string FollowUpStatus(FollowUpStatus status) => status switch
    {
        Domain.FollowUpStatus.Open => l["Open"],
        Domain.FollowUpStatus.Met => l["Met"],
        _ => l["Cancelled"],
    };

    public string Error(ApplicationError error) => error switch
    {
        ApplicationError.NotAllowedNow => l["This is not possible in the application's current state."],
        ApplicationError.AssessmentIncomplete => l["Every condition must be met or committed by a due date first: complete the eligibility assessment."],
        ApplicationError.ChangedMeanwhile => l["Someone else changed this application at the same time. Check it and try again."],
        _ => l["The applicant's link has expired: request the information again."],
    };
}
