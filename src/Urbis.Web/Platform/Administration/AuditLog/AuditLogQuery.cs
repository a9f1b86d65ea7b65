using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Administration.AuditLog;

internal sealed record AuditFilter(DateOnly? From, DateOnly? To, string? Actor, string? EntityType, string? EntityId, string? Action, int Page);

internal sealed record AuditLogPage(IReadOnlyList<AuditEntryView> Entries, int Page, bool HasNext);

internal sealed record AuditVocabulary(IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Actions);

/// <summary>
/// The audit log newest first, 50 entries a page. The log only grows, so it is never counted:
/// pages go "newer"/"older" (one more row than shown tells whether an older page exists). Every
/// filter runs on an index: the time (At), the entity (EntityType, EntityId) and the actor
/// (ActorId, At): an actor is found by the current name or e-mail of accounts.
/// </summary>
internal sealed class AuditLogQuery(AppDbContext db, AuditEntryFormatter formatter, IMemoryCache cache)
{
    public const int PageSize = 50;
    private const int MaxActors = 200;

    public async Task<AuditLogPage> RunAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }

        if (filter.Actor is { } actor)
        {
            var pattern = LikePattern.Contains(actor);
            var ids = await db.Users.AsNoTracking()
                .Where(u => EF.Functions.Like(u.DisplayName.ToLower(), pattern, LikePattern.Escape) || EF.Functions.Like(u.Email!.ToLower(), pattern, LikePattern.Escape))
                .OrderBy(u => u.Id)
                .Select(u => u.Id)
                .Take(MaxActors)
                .ToListAsync(cancellationToken);
            var system = CurrentActor.SystemName.Contains(actor.Trim(), StringComparison.OrdinalIgnoreCase);
            entries = entries.Where(e => (e.ActorId != null && ids.Contains(e.ActorId.Value)) || (system && e.ActorId == null));
        }

        if (filter.EntityType is { } type)
        {
            entries = entries.Where(e => e.EntityType == type);
        }

        if (filter.EntityId is { } id)
        {
            // An account's id also finds its roles and keys, whose ids start with it ("user/role").
            var prefix = id + "/";
            entries = entries.Where(e => e.EntityId == id || e.EntityId.StartsWith(prefix));
        }

        if (filter.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        var page = Math.Max(1, filter.Page);
        var rows = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var shown = rows.Take(PageSize).ToList();
        return new AuditLogPage(await formatter.FormatAsync(shown, cancellationToken), page, rows.Count > PageSize);
    }

    /// <summary>The entity types and actions present, for the filters (kept a few minutes: it reads the whole log).</summary>
    public async Task<AuditVocabulary> VocabularyAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(nameof(AuditVocabulary), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            var pairs = await db.Set<AuditEntry>().AsNoTracking()
                .Select(e => new { e.EntityType, e.Action })
                .Distinct()
                .ToListAsync(cancellationToken);
            return new AuditVocabulary(
                [.. pairs.Select(p => p.EntityType).Distinct().Order(StringComparer.Ordinal)],
                [.. pairs.Select(p => p.Action).Distinct().Order(StringComparer.Ordinal)]);
        }))!;
}
