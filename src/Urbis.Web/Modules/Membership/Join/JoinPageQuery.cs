using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Platform.Content;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Membership.Join;

/// <summary>The page texts of /join in one language, and this year's fee scale (null: "fees on request").</summary>
internal sealed record JoinPageContent(int Year, PageText Intro, PageText Fees, PageText NextSteps, PageText Consent, PublishedFeeScale? Scale);

/// <summary>What the fee calculator was asked, and its answer (null when the scale has no fee for it).</summary>
internal sealed record FeeCalculation(MembershipCategory Category, string CountryCode, long Population, FeeEstimate? Estimate);

internal sealed class JoinPageQuery(ContentStore content, IFeeScale fees, NetworkDate date)
{
    public const string Intro = "join-intro";
    public const string FeesText = "join-fees";
    public const string NextSteps = "join-next-steps";
    public const string Consent = "join-consent";

    public async Task<JoinPageContent> LoadAsync(string language, CancellationToken cancellationToken)
    {
        var year = date.Today.Year;
        return new JoinPageContent(
            year,
            await content.GetAsync(Intro, language, cancellationToken),
            await content.GetAsync(FeesText, language, cancellationToken),
            await content.GetAsync(NextSteps, language, cancellationToken),
            await content.GetAsync(Consent, language, cancellationToken),
            await fees.PublishedAsync(year, cancellationToken));
    }

    /// <summary>The consent wording shown in a language, to store with the application.</summary>
    public async Task<string> ConsentWordingAsync(string language, CancellationToken cancellationToken) =>
        (await content.GetAsync(Consent, language, cancellationToken)).Markdown;

    /// <summary>The calculator's answer; null when the question is incomplete or not valid.</summary>
    public async Task<FeeCalculation?> CalculateAsync(int year, string? category, string? country, string? inhabitants, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<MembershipCategory>(category, out var chosen) || !Enum.IsDefined(chosen) || !Countries.Exists(country)
            || FormValues.WholeNumber(inhabitants) is not { } population || population is < 1 or > ApplicationFormRules.MaxPopulation)
        {
            return null;
        }

        var code = country!.ToUpperInvariant();
        return new FeeCalculation(chosen, code, population, await fees.EstimateAsync(year, chosen, code, population, cancellationToken));
    }
}
