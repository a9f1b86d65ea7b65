using Microsoft.Extensions.Options;
using Urbis.Web.Platform;

namespace Urbis.Web.Modules.Membership;

/// <summary>Today's date in the network's time zone: due dates, decisions and reminders follow it.</summary>
internal sealed class NetworkDate(TimeProvider clock, IOptions<PlatformOptions> platform)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, platform.Value.Zone));

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;
}
