using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>Drafts nobody came back to are deleted when their link expires: no personal data kept without need.</summary>
internal sealed class ExpiredDraftCleanup(AppDbContext db, TimeProvider clock) : IScheduledJob
{
    public string Name => "expired-application-drafts";

    public JobSchedule Schedule => JobSchedule.DailyAt(new TimeOnly(3, 30));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<ApplicationDraft>().Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
