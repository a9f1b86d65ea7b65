using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.UnitTests.Membership;

/// <summary>Test applications with sensible defaults.</summary>
internal static class Answers
{
    public static ApplicationAnswers Valid(string name = "L'Hospitalet de Llobregat", string country = "ES") => new()
    {
        OfficialName = name,
        AuthorityType = AuthorityType.City,
        CountryCode = country,
        Population = 265_444,
        PopulationYear = 2024,
        Address = "Plaça de l'Ajuntament 11, 08901 L'Hospitalet de Llobregat",
        Applicant = new ContactDetails("Núria Puig", "Head of prevention", "nuria.puig@example.org", null),
        Representative = new ContactDetails("Jordi Roca", "Deputy mayor for security", "jordi.roca@example.org", null),
        Coordinator = new ContactDetails("Marta Vidal", "Coordinator", "marta.vidal@example.org", "+34 93 000 00 00"),
        Coalition = CommitmentStatus.Done,
        CoalitionDate = new DateOnly(2019, 5, 1),
        Partners = [new CoalitionPartner(PartnerSector.Public, "Mossos d'Esquadra", "Police")],
        CouncilDecision = CommitmentStatus.Done,
        CouncilDecisionDate = new DateOnly(2026, 1, 15),
        SocialDevelopment = "Part of the social plan.",
        CitizenParticipation = "Neighbourhood councils.",
        HumanRights = "Charter signed.",
        PreferredLanguage = "en",
        HeardFrom = HeardFrom.Event,
    };

    /// <summary>A complete, valid form as a person would type it.</summary>
    public static ApplicationForm Form() => new()
    {
        OfficialName = "Łódź",
        AuthorityType = "City",
        CountryCode = "PL",
        Region = "Łódzkie",
        Population = "655 279",
        PopulationYear = "2023",
        Address = "ul. Piotrkowska 104, 90-926 Łódź",
        Website = "www.uml.lodz.pl",
        Applicant = new ContactInput { Name = "Anna Nowak", Position = "Head of the safety office", Email = "anna.nowak@example.org" },
        Representative = new ContactInput { Name = "Hanna Zdanowska", Position = "Mayor", Email = "mayor@example.org" },
        CoordinatorAppointed = "no",
        CoordinatorPlan = "Open competition in the spring.",
        CoordinatorBy = "2026-09-30",
        Coalition = "Committed",
        CoalitionBy = "2026-12-31",
        PublicPartners = [new PartnerInput { Name = "Policja", Role = "Police" }, new PartnerInput()],
        CouncilDecision = "Done",
        CouncilDecisionOn = "2026-01-20",
        SocialDevelopment = "Prevention is part of the city's social strategy 2030.",
        CitizenParticipation = "Participatory budget and safety walks.",
        HumanRights = "Signed the European Charter for the Safeguarding of Human Rights in the City.",
        CommitsToCharter = "true",
        PreferredLanguage = "en",
        HeardFrom = "Event",
        Consent = "true",
    };
}
