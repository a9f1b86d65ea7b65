namespace Urbis.Web.Platform.Jobs;

/// <summary>
/// Wakes one background worker of this node at once instead of at its next poll; other nodes still
/// find the work by polling. Signals coalesce: many notifications before a wait wake it once.
/// <typeparamref name="TWorker"/> only keys the singleton, so each worker has its own signal.
/// </summary>
internal sealed class WorkSignal<TWorker>
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Notify()
    {
        if (semaphore.CurrentCount == 0)
        {
            try
            {
                semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Signalled by another thread in between.
            }
        }
    }

    /// <summary>Returns when notified or after <paramref name="timeout"/>; throws only when <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            await semaphore.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval elapsed.
        }
    }
}
