using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;

namespace Urbis.IntegrationTests.Jobs;

/// <summary>Scheduled jobs run once per cluster, on time, and are retried after a failure.</summary>
public sealed class JobRunnerTests(JobRunnerTests.JobsApp app) : IClassFixture<JobRunnerTests.JobsApp>
{
    [Fact]
    public async Task A_job_runs_once_when_due_even_with_several_nodes_asking()
    {
        var before = CountingJob.Runs;
        await Runner().RunDueAsync(CancellationToken.None); // creates the lease, due in an hour
        CountingJob.Runs.ShouldBe(before);

        app.Clock.Advance(TimeSpan.FromHours(1));
        var nodes = Enumerable.Range(0, 4).Select(_ => ActivatorUtilities.CreateInstance<JobRunner>(app.Services)).ToList();
        await Task.WhenAll(nodes.Select(n => Task.Run(() => n.RunDueAsync(CancellationToken.None))));

        CountingJob.Runs.ShouldBe(before + 1);
        var lease = await Lease(CountingJob.JobName);
        lease.LastSucceeded.ShouldBe(true);
        lease.LockedUntil.ShouldBeNull();
        lease.NextRunAt.ShouldBe(app.Clock.GetUtcNow().UtcDateTime.AddHours(1), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_failed_run_is_recorded_and_retried_after_the_retry_delay()
    {
        await Runner().RunDueAsync(CancellationToken.None);
        await Runner().MakeDueAsync(FailingJob.JobName, CancellationToken.None);
        var attempts = FailingJob.Attempts;

        await Runner().RunDueAsync(CancellationToken.None);
        FailingJob.Attempts.ShouldBe(attempts + 1);
        var lease = await Lease(FailingJob.JobName);
        lease.LastSucceeded.ShouldBe(false);
        lease.LastError.ShouldBe("Failing on purpose.");
        lease.NextRunAt.ShouldBe(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5), TimeSpan.FromSeconds(1));

        await Runner().RunDueAsync(CancellationToken.None);
        FailingJob.Attempts.ShouldBe(attempts + 1);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await Runner().RunDueAsync(CancellationToken.None);
        FailingJob.Attempts.ShouldBe(attempts + 2);
    }

    private JobRunner Runner() => app.Services.GetRequiredService<JobRunner>();

    private async Task<JobLease> Lease(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JobLease>().AsNoTracking().SingleAsync(l => l.Name == name);
    }

    public sealed class JobsApp : UrbisApp
    {
        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddScheduledJob<CountingJob>();
            services.AddScheduledJob<FailingJob>();
        }

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Urbis.Web.Platform.Jobs"] = "None",
        };
    }

    private sealed class CountingJob : IScheduledJob
    {
        public const string JobName = "test-counting";
        private static int runs;

        public static int Runs => Volatile.Read(ref runs);

        public string Name => JobName;

        public JobSchedule Schedule => JobSchedule.Every(TimeSpan.FromHours(1));

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(50, cancellationToken); // long enough for the other nodes to try
        }
    }

    private sealed class FailingJob : IScheduledJob
    {
        public const string JobName = "test-failing";
        private static int attempts;

        public static int Attempts => Volatile.Read(ref attempts);

        public string Name => JobName;

        public JobSchedule Schedule => JobSchedule.DailyAt(new TimeOnly(6, 0));

        public Task RunAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref attempts);
            throw new InvalidOperationException("Failing on purpose.");
        }
    }
}
