using Microsoft.Extensions.Time.Testing;
using Urbis.Web.Platform.Jobs;

namespace Urbis.UnitTests.Jobs;

public sealed class WorkSignalTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task A_notification_before_the_wait_wakes_it_at_once()
    {
        var signal = new WorkSignal<WorkSignalTests>();
        signal.Notify();

        var wait = signal.WaitAsync(TimeSpan.FromMinutes(5), clock, TestContext.Current.CancellationToken);

        wait.IsCompleted.ShouldBeTrue();
        await wait;
    }

    [Fact]
    public async Task Many_notifications_wake_one_wait_only()
    {
        var signal = new WorkSignal<WorkSignalTests>();
        signal.Notify();
        signal.Notify();
        signal.Notify();
        await signal.WaitAsync(TimeSpan.FromMinutes(5), clock, TestContext.Current.CancellationToken);

        var second = signal.WaitAsync(TimeSpan.FromMinutes(5), clock, TestContext.Current.CancellationToken);

        second.IsCompleted.ShouldBeFalse();
        clock.Advance(TimeSpan.FromMinutes(5));
        await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_waiting_worker_is_woken_by_a_notification()
    {
        var signal = new WorkSignal<WorkSignalTests>();
        var wait = signal.WaitAsync(TimeSpan.FromMinutes(5), clock, TestContext.Current.CancellationToken);
        wait.IsCompleted.ShouldBeFalse();

        signal.Notify();

        await wait.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Without_a_notification_the_wait_ends_after_the_poll_interval()
    {
        var signal = new WorkSignal<WorkSignalTests>();
        var wait = signal.WaitAsync(TimeSpan.FromSeconds(10), clock, TestContext.Current.CancellationToken);

        clock.Advance(TimeSpan.FromSeconds(9));
        wait.IsCompleted.ShouldBeFalse();
        clock.Advance(TimeSpan.FromSeconds(1));

        await wait.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Stopping_the_worker_cancels_the_wait()
    {
        var signal = new WorkSignal<WorkSignalTests>();
        using var stopping = new CancellationTokenSource();
        var wait = signal.WaitAsync(TimeSpan.FromMinutes(5), clock, stopping.Token);

        await stopping.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => wait);
    }
}
