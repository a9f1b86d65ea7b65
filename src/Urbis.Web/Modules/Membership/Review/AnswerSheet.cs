using System.Globalization;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Membership.Review;

internal sealed record AnswerLine(string Label, string? Value);

internal sealed record AnswerSection(string Title, IReadOnlyList<AnswerLine> Lines);

internal sealed record AnswerChange(string Section, string Label, string? Before, string? After);

/// <summary>An application's answers as the secretariat reads them, in sections; and what changed between two versions.</summary>
internal sealed class AnswerSheet(IStringLocalizer<MembershipResource> l, MembershipLabels labels)
{
    public IReadOnlyList<AnswerSection> Of(ApplicationAnswers a) =>
    [
        new(l["The authority"], [
            new(l["Official name"], a.OfficialName),
            new(l["Type of authority"], labels.AuthorityType(a.AuthorityType)),
            new(l["Country"], Countries.Name(a.CountryCode)),
            new(l["Region"], a.Region),
            new(l["Inhabitants"], l["{0} ({1})", a.Population.ToString("N0", CultureInfo.CurrentCulture), a.PopulationYear]),
            new(l["Postal address"], a.Address),
            new(l["Website"], a.Website)]),
        new(l["The applicant"], Contact(a.Applicant)),
        new(l["The elected representative"], Contact(a.Representative)),
        new(l["The local coordinator"], a.Coordinator is { } c
            ? Contact(c)
            : [new(l["Not yet appointed; the plan"], a.CoordinatorPlan), new(l["To be appointed by"], Date(a.CoordinatorBy))]),
        new(l["The local coalition"], [
            new(a.Coalition == CommitmentStatus.Done ? l["Exists since"] : l["To be created by"], Date(a.CoalitionDate)),
            .. Enum.GetValues<PartnerSector>().Select(s => new AnswerLine(labels.Sector(s), Partners(a, s)))]),
        new(l["The security policy"], [
            new(a.CouncilDecision == CommitmentStatus.Done ? l["Council's decision on"] : l["Council to decide by"], Date(a.CouncilDecisionDate)),
            new(l["Reference of the council's decision"], a.CouncilDecisionReference),
            new(l["Security in the social development policy"], a.SocialDevelopment),
            new(l["Citizen participation"], a.CitizenParticipation),
            new(l["Human rights"], a.HumanRights)]),
        new(l["Last details"], [
            new(l["Language"], Languages.Find(a.PreferredLanguage)?.NativeName ?? a.PreferredLanguage),
            new(l["Heard of the network"], a.HeardFromDetail is null ? labels.HeardFrom(a.HeardFrom) : $"{labels.HeardFrom(a.HeardFrom)}: {a.HeardFromDetail}")]),
    ];

    /// <summary>The lines that differ between two versions, in the order of the form.</summary>
    public IReadOnlyList<AnswerChange> Changes(ApplicationAnswers before, ApplicationAnswers after)
    {
        var old = Of(before);
        var changes = new List<AnswerChange>();
        foreach (var section in Of(after))
        {
            var earlier = old.First(s => s.Title == section.Title).Lines;
            var labelsBefore = earlier.Select(x => x.Label).ToHashSet();
            foreach (var line in section.Lines)
            {
                var previous = earlier.FirstOrDefault(x => x.Label == line.Label);
                if (previous?.Value != line.Value)
                {
                    changes.Add(new AnswerChange(section.Title, line.Label, previous?.Value, line.Value));
                }
            }

            foreach (var gone in earlier.Where(x => !section.Lines.Any(n => n.Label == x.Label) && labelsBefore.Contains(x.Label)))
            {
                changes.Add(new AnswerChange(section.Title, gone.Label, gone.Value, null));
            }
        }

        return changes;
    }

    private List<AnswerLine> Contact(ContactDetails c) =>
        [new(l["Name"], c.Name), new(l["Position"], c.Position), new(l["E-mail address"], c.Email), new(l["Phone"], c.Phone)];

    private static string? Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture);

    private static string? Partners(ApplicationAnswers a, PartnerSector sector)
    {
        var partners = a.PartnersOf(sector).Select(p => string.IsNullOrEmpty(p.Role) ? p.Name : $"{p.Name} ({p.Role})").ToList();
        return partners.Count == 0 ? null : string.Join("\n", partners);
    }
}
