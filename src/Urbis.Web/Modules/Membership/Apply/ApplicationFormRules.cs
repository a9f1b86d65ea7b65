using System.Globalization;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>
/// Checks every field of the application form and turns it into <see cref="ApplicationAnswers"/>:
/// each problem is a message next to its field, in the reader's language. Dates of things done lie
/// between 1950 and today; promised dates between tomorrow and three years from now.
/// </summary>
internal sealed class ApplicationFormRules
{
    public const int MaxPopulation = 50_000_000;
    public const int LongTextMax = 4000;
    public const int ShortTextMax = 200;
    public const int FirstPopulationYear = 1990;
    public static readonly DateOnly EarliestDate = new(1950, 1, 1);

    private readonly List<FieldError> errors = [];
    private readonly IStringLocalizer l;
    private readonly IStringLocalizer<AccountResource> names;
    private readonly DateOnly today;
    private readonly string prefix;

    private ApplicationFormRules(IStringLocalizer l, IStringLocalizer<AccountResource> names, DateOnly today, string prefix) =>
        (this.l, this.names, this.today, this.prefix) = (l, names, today, prefix);

    /// <param name="names">The account texts, which word the rule on people's names (<see cref="PersonName"/>) as the profile pages do.</param>
    public static FormCheck Check(ApplicationForm form, DateOnly today, IStringLocalizer l, IStringLocalizer<AccountResource> names, string prefix = "Form") =>
        new ApplicationFormRules(l, names, today, prefix).Run(form);

    private FormCheck Run(ApplicationForm f)
    {
        var name = Required(f.OfficialName, "OfficialName", l["Enter the official name of the authority."], ShortTextMax);
        var type = Choice<AuthorityType>(f.AuthorityType, "AuthorityType", l["Choose the type of authority."]);
        var country = Countries.Exists(f.CountryCode) ? f.CountryCode!.ToUpperInvariant() : Add("CountryCode", l["Choose the country."]);
        var region = Optional(f.Region, "Region", ShortTextMax);
        var population = Population(f.Population);
        var year = Year(f.PopulationYear);
        var address = Required(f.Address, "Address", l["Enter the postal address of the authority."], 500);
        var website = Website(f.Website);
        var applicant = Contact(f.Applicant, "Applicant", l["Enter your name."], l["Enter your position in the authority."], l["Enter your e-mail address."]);
        var representative = Contact(f.Representative, "Representative", l["Enter the elected representative's name."], l["Enter the elected representative's office, for example Mayor or Deputy Mayor for security."], l["Enter the elected representative's e-mail address."]);
        var (coordinator, plan, coordinatorBy) = Coordinator(f);
        var (coalition, coalitionDate) = Commitment(
            f.Coalition, "Coalition", l["Say whether the local coalition exists or will be created."],
            (f.CoalitionSince, "CoalitionSince", l["Enter the date since which the coalition exists."]),
            (f.CoalitionBy, "CoalitionBy", l["Enter the date by which the coalition will be created."]));
        var partners = Partners(f, f.Coalition == nameof(CommitmentStatus.Done));
        var (council, councilDate) = Commitment(
            f.CouncilDecision, "CouncilDecision", l["Say whether the council has decided to join the network."],
            (f.CouncilDecisionOn, "CouncilDecisionOn", l["Enter the date of the council's decision."]),
            (f.CouncilDecisionBy, "CouncilDecisionBy", l["Enter the date by which the council will decide."]));
        var councilReference = Optional(f.CouncilDecisionReference, "CouncilDecisionReference", 100);
        var social = Required(f.SocialDevelopment, "SocialDevelopment", l["Describe how your security policy is built into your social development policy."], LongTextMax);
        var participation = Required(f.CitizenParticipation, "CitizenParticipation", l["Describe how citizens take part in your security policy."], LongTextMax);
        var rights = Required(f.HumanRights, "HumanRights", l["Describe your commitment to human rights."], LongTextMax);
        if (f.CommitsToCharter != "true")
        {
            Add("CommitsToCharter", l["Confirm the commitment to human rights, to the network's manifesto and to paying the annual fee."]);
        }

        var language = Languages.Find(f.PreferredLanguage)?.Code ?? Add("PreferredLanguage", l["Choose the language we should write to you in."]);
        var heard = Choice<HeardFrom>(f.HeardFrom, "HeardFrom", l["Choose how you heard of the network."]);
        var heardDetail = Optional(f.HeardFromDetail, "HeardFromDetail", ShortTextMax);
        if (f.Consent != "true")
        {
            Add("Consent", l["Agree to the processing of your data so that we can handle your application."]);
        }

        if (errors.Count > 0)
        {
            return new FormCheck(null, errors);
        }

        return new FormCheck(new ApplicationAnswers
        {
            OfficialName = name!,
            AuthorityType = type,
            CountryCode = country!,
            Region = region,
            Population = population,
            PopulationYear = year,
            Address = address!,
            Website = website,
            Applicant = applicant,
            Representative = representative,
            Coordinator = coordinator,
            CoordinatorPlan = plan,
            CoordinatorBy = coordinatorBy,
            Coalition = coalition,
            CoalitionDate = coalitionDate,
            Partners = partners,
            CouncilDecision = council,
            CouncilDecisionDate = councilDate,
            CouncilDecisionReference = councilReference,
            SocialDevelopment = social!,
            CitizenParticipation = participation!,
            HumanRights = rights!,
            PreferredLanguage = language!,
            HeardFrom = heard,
            HeardFromDetail = heardDetail,
        }, []);
    }

    private int Population(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || TypedValues.WholeNumber(value) is not { } number)
        {
            Add("Population", l["Enter the number of inhabitants as a whole number, for example 125000."]);
            return 0;
        }

        if (number is < 1 or > MaxPopulation)
        {
            Add("Population", l["Enter a population between {0} and {1}.", 1, MaxPopulation.ToString("N0", CultureInfo.CurrentCulture)]);
            return 0;
        }

        return (int)number;
    }

    private int Year(string? value)
    {
        var number = TypedValues.WholeNumber(value);
        if (number is null || number < FirstPopulationYear || number > today.Year)
        {
            Add("PopulationYear", l["Enter the year of the population figure, between {0} and {1}.", FirstPopulationYear, today.Year]);
            return 0;
        }

        return (int)number;
    }

    private string? Website(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var address = TypedValues.WebAddress(value);
        return address is null || address.Length > 500 ? Add("Website", l["Enter a web address such as https://www.example.org."]) : address;
    }

    private ContactDetails Contact(ContactInput input, string field, string nameMissing, string positionMissing, string emailMissing)
    {
        var name = Person(input.Name, $"{field}.Name", nameMissing);
        var position = Required(input.Position, $"{field}.Position", positionMissing, ShortTextMax);
        var email = Required(input.Email, $"{field}.Email", emailMissing, 254);
        if (email is not null && !DeliverableEmailAttribute.IsDeliverable(email))
        {
            email = Add($"{field}.Email", l["Enter a valid e-mail address, such as name@example.org."]);
        }

        var phone = FormValues.Text(input.Phone);
        if (phone is not null && !FormValues.IsPhone(phone))
        {
            phone = Add($"{field}.Phone", l["Enter a phone number with digits, spaces and an optional + in front."]);
        }

        return new ContactDetails(name ?? "", position ?? "", email ?? "", phone);
    }

    /// <summary>
    /// A person's name reaches the Directory and, for the coordinator, an account's display name:
    /// markup and hidden direction characters are refused there, so they are refused here too.
    /// </summary>
    private string? Person(string? value, string field, string missing)
    {
        var name = PersonName.Normalize(value);
        if (name.Length == 0)
        {
            return Add(field, missing);
        }

        return PersonName.Problem(name, names) is { } problem ? Add(field, problem) : name;
    }

    private (ContactDetails?, string?, DateOnly?) Coordinator(ApplicationForm f)
    {
        switch (f.CoordinatorAppointed)
        {
            case "yes":
                return (Contact(f.Coordinator, "Coordinator", l["Enter the coordinator's name."], l["Enter the coordinator's position."], l["Enter the coordinator's e-mail address."]), null, null);
            case "no":
                var plan = Required(f.CoordinatorPlan, "CoordinatorPlan", l["Say how the coordinator will be appointed."], LongTextMax);
                var by = Future(f.CoordinatorBy, "CoordinatorBy", l["Enter the date by which the coordinator will be appointed."]);
                return (null, plan, by);
            default:
                Add("CoordinatorAppointed", l["Say whether a local coordinator is appointed."]);
                return (null, null, null);
        }
    }

    private (CommitmentStatus, DateOnly) Commitment(string? status, string field, string statusMissing, (string? Value, string Field, string Missing) done, (string? Value, string Field, string Missing) promised)
    {
        switch (status)
        {
            case nameof(CommitmentStatus.Done):
                return (CommitmentStatus.Done, Past(done.Value, done.Field, done.Missing) ?? default);
            case nameof(CommitmentStatus.Committed):
                return (CommitmentStatus.Committed, Future(promised.Value, promised.Field, promised.Missing) ?? default);
            default:
                Add(field, statusMissing);
                return (default, default);
        }
    }

    private List<CoalitionPartner> Partners(ApplicationForm f, bool coalitionExists)
    {
        var partners = new List<CoalitionPartner>();
        foreach (var sector in Enum.GetValues<PartnerSector>())
        {
            var field = sector + "Partners";
            var rows = f.PartnersOf(sector);
            if (rows.Count(r => !r.IsEmpty) > ApplicationForm.PartnersPerSector)
            {
                Add(field, l["Enter at most {0} partners per sector; describe the others in the text about your policy.", ApplicationForm.PartnersPerSector]);
                continue;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].IsEmpty)
                {
                    continue;
                }

                var name = Required(rows[i].Name, $"{field}[{i}].Name", l["Enter the partner's name."], ShortTextMax);
                var role = Optional(rows[i].Role, $"{field}[{i}].Role", 300);
                if (name is not null)
                {
                    partners.Add(new CoalitionPartner(sector, name, role ?? ""));
                }
            }
        }

        if (coalitionExists && partners.Count == 0 && !errors.Any(e => e.Field.Contains("Partners", StringComparison.Ordinal)))
        {
            Add("PublicPartners", l["Name at least one partner of the coalition."]);
        }

        return partners;
    }

    private DateOnly? Past(string? value, string field, string missing) => DateIn(value, field, missing, EarliestDate, today);

    private DateOnly? Future(string? value, string field, string missing) => DateIn(value, field, missing, today.AddDays(1), today.AddYears(EligibilityAssessment.CommitmentYears));

    private DateOnly? DateIn(string? value, string field, string missing, DateOnly from, DateOnly to)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, missing);
            return null;
        }

        if (FormValues.Date(value) is not { } date || date < from || date > to)
        {
            Add(field, l["Enter a date between {0} and {1}.", from.ToString("d", CultureInfo.CurrentCulture), to.ToString("d", CultureInfo.CurrentCulture)]);
            return null;
        }

        return date;
    }

    private T Choice<T>(string? value, string field, string message)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !value!.Any(char.IsDigit) ? parsed : AddDefault<T>(field, message);

    private string? Required(string? value, string field, string missing, int max) =>
        FormValues.Text(value) is { } text ? Limited(text, field, max) : Add(field, missing);

    private string? Optional(string? value, string field, int max) =>
        FormValues.Text(value) is { } text ? Limited(text, field, max) : null;

    private string? Limited(string text, string field, int max) =>
        text.Length <= max ? text : Add(field, l["Use at most {0} characters (you wrote {1}).", max.ToString("N0", CultureInfo.CurrentCulture), text.Length.ToString("N0", CultureInfo.CurrentCulture)]);

    private string? Add(string field, string message)
    {
        errors.Add(new FieldError($"{prefix}.{field}", message));
        return null;
    }

    private T AddDefault<T>(string field, string message)
        where T : struct
    {
        Add(field, message);
        return default;
    }
}
