using Urbis.Web.Platform.Jobs;

namespace Urbis.UnitTests.Jobs;

public sealed class JobScheduleTests
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Fact]
    public void A_daily_job_runs_at_its_local_time_in_winter()
    {
        var next = JobSchedule.DailyAt(new TimeOnly(6, 0)).Next(Utc(2026, 1, 15, 4, 0), Brussels);
        next.ShouldBe(Utc(2026, 1, 15, 5, 0)); // 06:00 CET = 05:00 UTC
    }

    [Fact]
    public void A_daily_job_runs_at_its_local_time_in_summer()
    {
        var next = JobSchedule.DailyAt(new TimeOnly(6, 0)).Next(Utc(2026, 7, 15, 4, 30), Brussels);
        next.ShouldBe(Utc(2026, 7, 16, 4, 0)); // 06:00 CEST = 04:00 UTC, already past today
    }

    [Fact]
    public void A_daily_job_whose_time_is_skipped_by_the_clock_change_runs_an_hour_later()
    {
        // On 29 March 2026 Brussels jumps from 02:00 to 03:00.
        var next = JobSchedule.DailyAt(new TimeOnly(2, 30)).Next(Utc(2026, 3, 28, 23, 0), Brussels);
        next.ShouldBe(Utc(2026, 3, 29, 1, 30)); // 03:30 CEST
    }

    [Fact]
    public void The_next_run_is_strictly_after_now()
    {
        var now = Utc(2026, 1, 15, 5, 0);
        JobSchedule.DailyAt(new TimeOnly(6, 0)).Next(now, Brussels).ShouldBe(now.AddDays(1));
        JobSchedule.Every(TimeSpan.FromHours(1)).Next(now, Brussels).ShouldBe(now.AddHours(1));
    }

    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);
}
