using Microsoft.Extensions.Options;

namespace Urbis.Web.Platform;

/// <summary>
/// The network's calendar: "today" and "this year" in its time zone (<c>Urbis:TimeZone</c>), not UTC.
/// Invoice and due dates, reminders, applications' dates and follow-ups all follow it.
/// </summary>
internal sealed class NetworkCalendar(TimeProvider clock, IOptions<PlatformOptions> platform)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, platform.Value.Zone));

    public int Year => Today.Year;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;
}
