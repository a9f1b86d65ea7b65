using Microsoft.Extensions.Options;
using Urbis.Web.Platform;

namespace Urbis.Web.Modules.Fees;

/// <summary>The network's calendar: invoice dates, due dates and reminders follow its time zone, not UTC.</summary>
internal sealed class NetworkCalendar(TimeProvider clock, IOptions<PlatformOptions> platform)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, platform.Value.Zone));

    public int Year => Today.Year;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;
}
