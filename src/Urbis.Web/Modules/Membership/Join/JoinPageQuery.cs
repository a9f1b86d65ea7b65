using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Content;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Membership.Join;

/// <summary>The page texts of /join in one language, and this year's fee scale (null: "fees on request").</summary>
internal sealed record JoinPageContent(int Year, PageText Intro, PageText Fees, PageText NextSteps, PageText Consent, PublishedFeeScale? Scale);

internal sealed class JoinPageQuery(ContentStore content, IFeeScale fees, NetworkCalendar date)
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
}
