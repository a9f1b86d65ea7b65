using System.Text.Json;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Audit;

/// <summary>
/// Records a named action that is not a plain row change (an invitation sent, a decision taken).
/// The entry is saved with the caller's next SaveChanges, in the same transaction.
/// </summary>
internal sealed class AuditTrail(AppDbContext db, CurrentActor actor, TimeProvider clock)
{
    public void Record(string action, string entityType, string entityId, object? details = null)
    {
        var (actorId, actorName) = actor.Get();
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            After = details is null ? null : JsonSerializer.Serialize(details),
        });
    }
}
