using Urbis.Web.Platform.Jobs;

namespace Urbis.Web.Modules.Fees.Invoicing;

/// <summary>Wakes this node's <see cref="InvoiceRunner"/> when a run is asked for here, else polls for runs asked on other nodes.</summary>
internal sealed partial class InvoiceRunWorker(InvoiceRunner runner, WorkSignal<InvoiceRunWorker> signal, TimeProvider clock, ILogger<InvoiceRunWorker> logger) : BackgroundService
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
