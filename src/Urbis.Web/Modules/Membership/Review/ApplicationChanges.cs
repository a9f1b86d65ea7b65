using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership.Review;

/// <summary>
/// What every change to an application does besides the change itself: a line in its history, a
/// named entry in the audit log (the row changes are audited too), and a save that fails politely
/// when someone else changed the application in the meantime.
/// </summary>
internal sealed class ApplicationChanges(AppDbContext db, AuditTrail audit, CurrentActor actor, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Application?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Application>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Adds the history line and the audit entry (saved with <see cref="SaveAsync"/>).</summary>
    public void Record(Application application, ApplicationEventKind kind, string? text = null, object? details = null)
    {
        var (actorId, actorName) = actor.Get();
        db.Add(ApplicationEvent.Of(application, kind, Now, actorId, actorName, text));
        audit.Record("Application" + kind, "Application", application.Id.ToString(), details ?? new { application.Reference, State = application.State.ToString() });
    }

    /// <summary>
    /// The one flow of a step: the change on the entity, what leaves with it (an e-mail), the history
    /// line and audit entry, the save. Null when done; otherwise why not, with nothing saved.
    /// </summary>
    public async Task<ApplicationError?> ApplyAsync(Application application, ApplicationStep step, CancellationToken cancellationToken)
    {
        if (step.Change(application) is { } error)
        {
            return error;
        }

        if (step.Then is { } then)
        {
            await then(application);
        }

        Record(application, step.Kind, step.Text);
        return await SaveAsync(cancellationToken) ? null : ApplicationError.ChangedMeanwhile;
    }

    /// <summary>Saves; false when another person changed the application since it was read.</summary>
    public async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

/// <summary>
/// One change of an application: the change on the entity, what must leave with it in the same unit
/// of work (an e-mail to the applicant, queued once the change is allowed), and its history line.
/// </summary>
internal sealed record ApplicationStep(Func<Application, ApplicationError?> Change, ApplicationEventKind Kind, string? Text, Func<Application, Task>? Then = null);
