using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership.Seed;

/// <summary>Three applications for the demo secretariat: one just in, one under review, one waiting for an answer.</summary>
internal sealed class DemoApplicationsSeeder(AppDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Application>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        Add(Answers("Gemeente 's-Hertogenbosch", "NL", 160_000, "en", "veiligheid@s-hertogenbosch.example"), now.AddDays(-2), _ => { });
        Add(Answers("Δήμος Αλεξανδρούπολης", "GR", 72_959, "en", "dimos@alexandroupoli.example"), now.AddDays(-20), a =>
        {
            a.StartReview(now.AddDays(-18));
            a.Assess(new EligibilityAssessment([new(JoiningCondition.CouncilDecision, ConditionStatus.Met, null, "Council decision 14/2025 seen")]), now.AddDays(-10));
        });
        Add(Answers("Ajuntament de L'Hospitalet de Llobregat", "ES", 265_444, "fr", "seguretat@l-h.example"), now.AddDays(-45), a =>
        {
            a.StartReview(now.AddDays(-40));
            a.RequestInformation("Pouvez-vous nous envoyer la liste des partenaires privés de la coalition ?", PrivateLink.New().Hash, now.AddDays(20), now.AddDays(-40));
        });
        await db.SaveChangesAsync(cancellationToken);

        ApplicationAnswers Answers(string name, string country, int population, string language, string email) => new()
        {
            OfficialName = name,
            AuthorityType = AuthorityType.City,
            CountryCode = country,
            Population = population,
            PopulationYear = today.Year - 1,
            Address = $"Town hall, {name}",
            Applicant = new ContactDetails("Demo Applicant", "Head of prevention", email, null),
            Representative = new ContactDetails("Demo Mayor", "Deputy mayor for security", "mayor." + email, null),
            Coordinator = new ContactDetails("Demo Coordinator", "Urban safety coordinator", "coordinator." + email, null),
            Coalition = CommitmentStatus.Committed,
            CoalitionDate = today.AddMonths(8),
            Partners = [new CoalitionPartner(PartnerSector.Public, "Local police", "Prevention")],
            CouncilDecision = CommitmentStatus.Done,
            CouncilDecisionDate = today.AddMonths(-2),
            SocialDevelopment = "Prevention is part of the social plan.",
            CitizenParticipation = "District safety councils.",
            HumanRights = "Signatory of the European Charter for the Safeguarding of Human Rights in the City.",
            PreferredLanguage = language,
            HeardFrom = HeardFrom.Event,
        };
    }

    private void Add(ApplicationAnswers answers, DateTime submitted, Action<Application> then)
    {
        var application = Application.Submit(Guid.NewGuid(), ApplicationReference.New(submitted.Year), answers, "I agree (demo).", submitted);
        then(application);
        db.Add(application);
        db.Add(ApplicationVersion.Of(application, submitted));
        db.Add(ApplicationEvent.Of(application, ApplicationEventKind.Submitted, submitted, null, $"Applicant ({application.Reference})"));
    }
}
