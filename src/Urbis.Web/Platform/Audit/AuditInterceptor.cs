using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Urbis.Web.Platform.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change of an audited entity type, inside the same
/// SaveChanges (and so the same transaction) as the change itself.
/// </summary>
internal sealed class AuditInterceptor(CurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private const string Redacted = "(changed)";

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            AddEntries(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            AddEntries(context);
        }

        return base.SavingChanges(eventData, result);
    }

    private void AddEntries(DbContext context)
    {
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Label: e.Metadata.AuditLabel()))
            .Where(e => e.Label is not null)
            .ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var (actorId, actorName) = actor.Get();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entry, label) in entries)
        {
            var audit = Describe(entry, label!, actorId, actorName, now);
            if (audit is not null)
            {
                context.Add(audit);
            }
        }
    }

    private static AuditEntry? Describe(EntityEntry entry, string label, Guid? actorId, string actorName, DateTime now)
    {
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (metadata.IsAuditIgnored() || (metadata.IsShadowProperty() && !metadata.IsForeignKey()))
            {
                continue;
            }

            var redacted = metadata.IsAuditRedacted();
            switch (entry.State)
            {
                case EntityState.Added:
                    if (property.CurrentValue is not null)
                    {
                        after[metadata.Name] = redacted ? Redacted : property.CurrentValue;
                    }

                    break;
                case EntityState.Deleted:
                    before[metadata.Name] = redacted ? Redacted : property.OriginalValue;
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    before[metadata.Name] = redacted ? Redacted : property.OriginalValue;
                    after[metadata.Name] = redacted ? Redacted : property.CurrentValue;
                    break;
            }
        }

        if (entry.State == EntityState.Modified && after.Count == 0)
        {
            return null;
        }

        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString());
        return new AuditEntry
        {
            At = now,
            ActorId = actorId,
            ActorName = actorName,
            Action = entry.State.ToString(),
            EntityType = label,
            EntityId = string.Join("/", key),
            Before = before.Count == 0 ? null : JsonSerializer.Serialize(before),
            After = after.Count == 0 ? null : JsonSerializer.Serialize(after),
        };
    }
}
