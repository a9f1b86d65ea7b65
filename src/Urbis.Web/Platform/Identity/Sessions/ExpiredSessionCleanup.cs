using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Identity.Sessions;

/// <summary>
/// Deletes sessions past their idle or absolute end every hour. Harmless when several nodes run it
/// at once: each deletes what has expired, whoever comes first.
/// </summary>
internal sealed partial class ExpiredSessionCleanup(
    IServiceScopeFactory scopes,
    IOptions<UserSessionOptions> options,
    TimeProvider clock,
    ILogger<ExpiredSessionCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var createdBefore = now - options.Value.AbsoluteLifetime;
        return await db.Set<UserSession>()
            .Where(s => s.ExpiresAt <= now || s.CreatedAt <= createdBefore)
            .ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var deleted = await RunOnceAsync(stoppingToken);
                LogDeleted(logger, deleted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Count} expired session(s)")]
    private static partial void LogDeleted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expired session clean-up failed")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
