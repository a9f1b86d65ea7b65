namespace Urbis.Web.Modules.Fees.Invoicing;

/// <summary>Wakes this node's <see cref="InvoiceRunner"/> when a run is asked for here, else polls for runs asked on other nodes.</summary>
internal sealed partial class InvoiceRunWorker(InvoiceRunner runner, InvoiceRunSignal signal, TimeProvider clock, ILogger<InvoiceRunWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRoundFailed(logger, ex);
            }

            await signal.WaitAsync(PollInterval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for invoice runs failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);
}

/// <summary>Lets a page wake the worker of its own node at once.</summary>
internal sealed class InvoiceRunSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

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
        }
    }
}
