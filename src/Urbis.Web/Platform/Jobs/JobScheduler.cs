using Microsoft.Extensions.Options;

namespace Urbis.Web.Platform.Jobs;

/// <summary>Asks <see cref="JobRunner"/> for due jobs every poll interval, on every node.</summary>
internal sealed partial class JobScheduler(JobRunner runner, IOptions<JobOptions> options, TimeProvider clock, ILogger<JobScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRoundFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due jobs failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);
}
