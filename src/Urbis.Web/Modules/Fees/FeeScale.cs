using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Content;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Fees;

/// <summary>
/// Reads published schedules. A published schedule never changes, so it is kept in memory; whether
/// a year has one is re-read every minute (a schedule published on another node shows within it;
/// on this node at once, see <see cref="Forget"/>).
/// </summary>
internal sealed class FeeScale(AppDbContext db, IMemoryCache cache, ContentGeneration pages) : IFeeScale
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    /// <summary>A schedule of the year was just published: read it again, and have pages cached with it (/join) built again.</summary>
    public void Forget(int year)
    {
        cache.Remove(Key(year));
        pages.Next();
    }

    private static (string, int) Key(int year) => ("published-fee-schedule", year);

    public async Task<PublishedFeeScale?> PublishedAsync(int year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) is { } schedule ? ToScale(schedule) : null;

    public async Task<FeeEstimate?> EstimateAsync(int year, MembershipCategory category, string? countryCode, long population, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is not { } schedule)
        {
            return null;
        }

        var quote = FeeCalculator.Quote(schedule, category, countryCode ?? "", population);
        return quote.Succeeded
            ? new FeeEstimate(quote.Amount, quote.Currency, quote.Band is { } b ? ToBand(b) : null, quote.Method == FeeMethod.Formula ? ToFormula(quote.Formula!) : null, quote.AmountBeforeFactor, quote.Group is { } g ? ToGroup(g) : null)
            : null;
    }

    private async Task<FeeSchedule?> LoadAsync(int year, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(Key(year), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            return await db.Set<FeeSchedule>().AsNoTracking()
                .FirstOrDefaultAsync(s => s.Year == year && s.Status == FeeScheduleStatus.Published, cancellationToken);
        });

    private static PublishedFeeScale ToScale(FeeSchedule schedule) => new(
        schedule.Year,
        schedule.Currency,
        [.. schedule.Categories.OrderBy(c => c.Category).Select(c => new CategoryScale(
            c.Category,
            c.Method == FeeMethod.Bands ? [.. c.Bands.Select(ToBand)] : [],
            c.Method == FeeMethod.Formula && c.Formula is { } f ? ToFormula(f) : null))],
        [.. schedule.CountryGroups.Select(ToGroup)]);

    private static BandScale ToBand(FeeBand band) => new(band.From, band.To, band.Amount);

    private static FormulaScale ToFormula(FeeFormula f) => new(f.Base, f.PerInhabitant, f.Minimum, f.Maximum);

    private static CountryGroupScale ToGroup(CountryGroup g) => new(g.Name, g.Factor, [.. g.Countries]);
}
