using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership.Review;

/// <summary>An application with its history: versions of the answers (oldest first) and events (newest first).</summary>
internal sealed record ApplicationDetails(Application Application, IReadOnlyList<ApplicationVersion> Versions, IReadOnlyList<ApplicationEvent> Events, IReadOnlyList<FollowUp> FollowUps);

internal sealed class ApplicationDetailsQuery(AppDbContext db)
{
    public async Task<ApplicationDetails?> RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Set<Application>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var versions = await db.Set<ApplicationVersion>().AsNoTracking().Where(v => v.ApplicationId == id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        var events = await db.Set<ApplicationEvent>().AsNoTracking().Where(e => e.ApplicationId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        var followUps = await db.Set<FollowUp>().AsNoTracking().Where(f => f.ApplicationId == id).OrderBy(f => f.DueDate).ToListAsync(cancellationToken);
        return new ApplicationDetails(application, versions, events, followUps);
    }
}
