namespace Urbis.Web.Platform.Jobs;

/// <summary>When a job runs: every interval, or daily at a time of the network's time zone.</summary>
internal abstract record JobSchedule
{
    public static JobSchedule Every(TimeSpan interval) => new Interval(interval);

    public static JobSchedule DailyAt(TimeOnly time) => new Daily(time);

    /// <summary>The first run strictly after <paramref name="utcNow"/>.</summary>
    public abstract DateTime Next(DateTime utcNow, TimeZoneInfo zone);

    private sealed record Interval(TimeSpan Period) : JobSchedule
    {
        public override DateTime Next(DateTime utcNow, TimeZoneInfo zone) => utcNow + Period;
    }

    private sealed record Daily(TimeOnly At) : JobSchedule
    {
        public override DateTime Next(DateTime utcNow, TimeZoneInfo zone)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
            var day = DateOnly.FromDateTime(local);
            for (var i = 0; i < 3; i++)
            {
                var candidate = day.AddDays(i).ToDateTime(At, DateTimeKind.Unspecified);

                // A time skipped by a clock change (spring forward) runs an hour later that day.
                while (zone.IsInvalidTime(candidate))
                {
                    candidate = candidate.AddHours(1);
                }

                var utc = TimeZoneInfo.ConvertTimeToUtc(candidate, zone);
                if (utc > utcNow)
                {
                    return utc;
                }
            }

            throw new InvalidOperationException("No next run found.");
        }
    }
}
