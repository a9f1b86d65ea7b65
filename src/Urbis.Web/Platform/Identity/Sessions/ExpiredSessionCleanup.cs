using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;

namespace Urbis.Web.Platform.Identity.Sessions;

/// <summary>Deletes sessions past their idle or absolute end, every hour.</summary>
internal sealed class ExpiredSessionCleanup(AppDbContext db, IOptions<UserSessionOptions> options, TimeProvider clock) : IScheduledJob
{
    public string Name => "expired-sessions";

    public JobSchedule Schedule => JobSchedule.Every(TimeSpan.FromHours(1));

    public Task RunAsync(CancellationToken cancellationToken) => DeleteExpiredAsync(cancellationToken);

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var createdBefore = now - options.Value.AbsoluteLifetime;
        return db.Set<UserSession>().Where(s => s.ExpiresAt <= now || s.CreatedAt <= createdBefore).ExecuteDeleteAsync(cancellationToken);
    }
}
