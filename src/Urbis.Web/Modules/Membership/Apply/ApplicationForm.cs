using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>
/// The application form as typed: every value a string, so that nothing typed is lost and every
/// mistake gets a clear message from <see cref="ApplicationFormRules"/> (never a binding error).
/// Saved drafts keep it as it is.
/// </summary>
internal sealed class ApplicationForm
{
    public const int PartnersPerSector = 30;

    public string? OfficialName { get; set; }

    public string? AuthorityType { get; set; }

    public string? CountryCode { get; set; }

    public string? Region { get; set; }

    public string? Population { get; set; }

    public string? PopulationYear { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    public ContactInput Applicant { get; set; } = new();

    public ContactInput Representative { get; set; } = new();

    /// <summary>"yes" when a coordinator is appointed, "no" when one will be.</summary>
    public string? CoordinatorAppointed { get; set; }

    public ContactInput Coordinator { get; set; } = new();

    public string? CoordinatorPlan { get; set; }

    public string? CoordinatorBy { get; set; }

    /// <summary>"Done" (exists) or "Committed" (will be created).</summary>
    public string? Coalition { get; set; }

    public string? CoalitionSince { get; set; }

    public string? CoalitionBy { get; set; }

    public List<PartnerInput> PublicPartners { get; set; } = [];

    public List<PartnerInput> PrivatePartners { get; set; } = [];

    public List<PartnerInput> VoluntaryPartners { get; set; } = [];

    /// <summary>"Done" (taken) or "Committed" (planned).</summary>
    public string? CouncilDecision { get; set; }

    public string? CouncilDecisionOn { get; set; }

    public string? CouncilDecisionBy { get; set; }

    public string? CouncilDecisionReference { get; set; }

    public string? SocialDevelopment { get; set; }

    public string? CitizenParticipation { get; set; }

    public string? HumanRights { get; set; }

    /// <summary>"true" when ticked (a string like every value of the form: a forged value gets a message, not a binding error).</summary>
    public string? CommitsToCharter { get; set; }

    public string? PreferredLanguage { get; set; }

    public string? HeardFrom { get; set; }

    public string? HeardFromDetail { get; set; }

    public string? Consent { get; set; }

    public List<PartnerInput> PartnersOf(PartnerSector sector) => sector switch
    {
        PartnerSector.Public => PublicPartners,
        PartnerSector.Private => PrivatePartners,
        _ => VoluntaryPartners,
    };

    /// <summary>At least <paramref name="blank"/> empty rows after the filled ones in each sector (up to the maximum).</summary>
    public ApplicationForm WithBlankPartnerRows(int blank = 1)
    {
        foreach (var sector in Enum.GetValues<PartnerSector>())
        {
            var list = PartnersOf(sector);
            list.RemoveAll(p => p.IsEmpty);
            var target = Math.Min(PartnersPerSector, list.Count + blank);
            while (list.Count < target)
            {
                list.Add(new PartnerInput());
            }
        }

        return this;
    }

    /// <summary>The form as it would be filled in from submitted answers (to amend them).</summary>
    public static ApplicationForm From(ApplicationAnswers a)
    {
        var coalitionDone = a.Coalition == CommitmentStatus.Done;
        var councilDone = a.CouncilDecision == CommitmentStatus.Done;
        return new ApplicationForm
        {
            OfficialName = a.OfficialName,
            AuthorityType = a.AuthorityType.ToString(),
            CountryCode = a.CountryCode,
            Region = a.Region,
            Population = a.Population.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PopulationYear = a.PopulationYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Address = a.Address,
            Website = a.Website,
            Applicant = ContactInput.From(a.Applicant),
            Representative = ContactInput.From(a.Representative),
            CoordinatorAppointed = a.Coordinator is null ? "no" : "yes",
            Coordinator = a.Coordinator is null ? new ContactInput() : ContactInput.From(a.Coordinator),
            CoordinatorPlan = a.CoordinatorPlan,
            CoordinatorBy = Iso(a.CoordinatorBy),
            Coalition = a.Coalition.ToString(),
            CoalitionSince = coalitionDone ? Iso(a.CoalitionDate) : null,
            CoalitionBy = coalitionDone ? null : Iso(a.CoalitionDate),
            PublicPartners = Partners(a, PartnerSector.Public),
            PrivatePartners = Partners(a, PartnerSector.Private),
            VoluntaryPartners = Partners(a, PartnerSector.Voluntary),
            CouncilDecision = a.CouncilDecision.ToString(),
            CouncilDecisionOn = councilDone ? Iso(a.CouncilDecisionDate) : null,
            CouncilDecisionBy = councilDone ? null : Iso(a.CouncilDecisionDate),
            CouncilDecisionReference = a.CouncilDecisionReference,
            SocialDevelopment = a.SocialDevelopment,
            CitizenParticipation = a.CitizenParticipation,
            HumanRights = a.HumanRights,
            CommitsToCharter = "true",
            PreferredLanguage = a.PreferredLanguage,
            HeardFrom = a.HeardFrom.ToString(),
            HeardFromDetail = a.HeardFromDetail,
            Consent = "true",
        };
    }

    private static List<PartnerInput> Partners(ApplicationAnswers a, PartnerSector sector) =>
        [.. a.PartnersOf(sector).Select(p => new PartnerInput { Name = p.Name, Role = p.Role })];

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class ContactInput
{
    public string? Name { get; set; }

    public string? Position { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public static ContactInput From(ContactDetails c) => new() { Name = c.Name, Position = c.Position, Email = c.Email, Phone = c.Phone };
}

internal sealed class PartnerInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role);
}
