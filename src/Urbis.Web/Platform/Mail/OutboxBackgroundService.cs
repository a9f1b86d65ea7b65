using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Jobs;

namespace Urbis.Web.Platform.Mail;

/// <summary>Runs <see cref="OutboxSender"/>: woken when a message is saved, else every poll interval.</summary>
internal sealed partial class OutboxBackgroundService(
    OutboxSender sender,
    WorkSignal<OutboxBackgroundService> signal,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next round tries again.
                LogRoundFailed(logger, ex);
            }

            await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);
}
