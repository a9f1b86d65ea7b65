using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Administration.AuditLog;

internal sealed record AuditEntryView(
    Guid Id,
    DateTime At,
    Guid? ActorId,
    string Actor,
    string Action,
    string EntityType,
    string Entity,
    string? EntityLink,
    IReadOnlyList<AuditChange> Changes);

/// <summary>One changed property: its value before and after ("" when there was none).</summary>
internal sealed record AuditChange(string Property, string Before, string After);

/// <summary>
/// Turns audit entries into what a person reads: accounts by name (linked), roles by name rather
/// and authorities by name rather than id, the modules' records as their <see cref="IAuditVocabulary"/>
/// names them, values as a property/before/after table in the reader's language. A bounded number of
/// queries for any number of entries: the names of the accounts, roles and authorities they mention,
/// and one per module entity type on the page.
/// </summary>
internal sealed class AuditEntryFormatter(
    AppDbContext db,
    IAuthorityDirectory directory,
    AccountLabels labels,
    IEnumerable<IAuditVocabulary> vocabularies,
    IStringLocalizer<AdminResource> l)
{
    private const string Redacted = "(changed)";
    private const string AuthorityIdProperty = "AuthorityId";

    public async Task<IReadOnlyList<AuditEntryView>> FormatAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var userIds = entries.Select(e => e.ActorId).OfType<Guid>()
            .Concat(entries.Where(IsAccountEntry).Select(e => AccountId(e)).OfType<Guid>())
            .Distinct().ToList();
        var names = userIds.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var roles = entries.Any(e => e.EntityType == "UserRole")
            ? await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", cancellationToken)
            : [];
        var authorityIds = entries
            .SelectMany(e => AuthorityIds(e.Before).Concat(AuthorityIds(e.After)))
            .Concat(entries.Where(e => e.EntityType == "Authority").Select(e => Guid.TryParse(e.EntityId, out var id) ? id : Guid.Empty))
            .Where(id => id != Guid.Empty)
            .Distinct().ToList();
        var authorities = authorityIds.Count == 0
            ? []
            : await directory.Query().Where(a => authorityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.OfficialName, cancellationToken);
        var records = new Dictionary<(string Type, string Id), AuditRecord>();
        foreach (var group in entries.GroupBy(e => e.EntityType))
        {
            if (vocabularies.FirstOrDefault(v => v.EntityType(group.Key) is not null) is { } vocabulary)
            {
                var found = await vocabulary.RecordsAsync(group.Key, [.. group.Select(e => e.EntityId).Distinct()], cancellationToken);
                foreach (var (id, record) in found)
                {
                    records[(group.Key, id)] = record;
                }
            }
        }

        var known = new Names(names, roles, authorities, records);
        return [.. entries.Select(e => Format(e, known))];
    }

    public string EntityTypeLabel(string type) => vocabularies.Select(v => v.EntityType(type)).FirstOrDefault(label => label is not null) ?? type switch
    {
        "User" => l["Account"],
        "UserRole" => l["Account role"],
        "UserToken" => l["Account security"],
        "Authority" => l["Authority"],
        "Membership" => l["Membership"],
        "Application" => l["Application to join"],
        "ApplicationVersion" => l["Version of an application"],
        "ApplicationEvent" => l["History of an application"],
        "FollowUp" => l["Follow-up of a condition"],
        "ContentBlock" => l["Page text"],
        _ => type,
    };

    public string ActionLabel(string action) => vocabularies.Select(v => v.Action(action)).FirstOrDefault(label => label is not null) ?? action switch
    {
        "Added" => l["Created"],
        "Modified" => l["Changed"],
        "Deleted" => l["Deleted"],
        "InvitationSent" => l["Invitation sent"],
        "InvitationResent" => l["Invitation sent again"],
        "Deactivated" => l["Deactivated"],
        "Reactivated" => l["Reactivated"],
        "ApplicationSubmitted" => l["Application submitted"],
        "ApplicationReviewStarted" => l["Review started"],
        "ApplicationAssessed" => l["Eligibility assessed"],
        "ApplicationInformationRequested" => l["Information requested"],
        "ApplicationAnswered" => l["Applicant answered"],
        "ApplicationRecommended" => l["Recommended"],
        "ApplicationApproved" => l["Approved"],
        "ApplicationDeclined" => l["Declined"],
        "ApplicationWithdrawn" => l["Withdrawn"],
        "ApplicationAssigned" => l["Assigned"],
        "ApplicationComment" => l["Internal comment"],
        "FollowUpMet" => l["Condition met"],
        "FollowUpCancelled" => l["Follow-up cancelled"],
        _ => action,
    };

    private AuditEntryView Format(AuditEntry entry, Names known)
    {
        var accountId = IsAccountEntry(entry) ? AccountId(entry) : null;
        var accountName = accountId is { } id ? known.Accounts.GetValueOrDefault(id, id.ToString()) : null;
        var record = known.Records.GetValueOrDefault((entry.EntityType, entry.EntityId));
        var entity = record is not null ? record.Name : entry.EntityType switch
        {
            "UserRole" => $"{EntityTypeLabel(entry.EntityType)}: {RoleName(entry.EntityId.Split('/').ElementAtOrDefault(1), known.Roles)} – {accountName}",
            "UserToken" => $"{EntityTypeLabel(entry.EntityType)}: {entry.EntityId.Split('/').LastOrDefault()} – {accountName}",
            "User" => $"{EntityTypeLabel(entry.EntityType)}: {accountName}",
            "Authority" when Guid.TryParse(entry.EntityId, out var authorityId) && known.Authorities.TryGetValue(authorityId, out var authorityName) => $"{EntityTypeLabel(entry.EntityType)}: {authorityName}",
            _ => $"{EntityTypeLabel(entry.EntityType)} {entry.EntityId}",
        };
        var action = entry.EntityType == "UserRole" && entry.Action is "Added" or "Deleted"
            ? entry.Action == "Added" ? l["Role given"] : l["Role removed"]
            : ActionLabel(entry.Action);
        var actor = entry.ActorId is null && entry.ActorName == CurrentActor.SystemName ? l["System"] : entry.ActorName;
        return new AuditEntryView(
            entry.Id,
            entry.At,
            entry.ActorId,
            actor,
            action,
            entry.EntityType,
            entity,
            accountId is { } link ? $"/admin/users/{link}" : entry.EntityType == "Application" ? $"/office/applications/{entry.EntityId}" : record?.Link,
            Changes(entry, known));
    }

    private List<AuditChange> Changes(AuditEntry entry, Names known)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        return [.. before.Keys.Concat(after.Keys).Distinct().Select(property => new AuditChange(
            property,
            before.TryGetValue(property, out var b) ? Value(entry.EntityType, property, b, known) : "",
            after.TryGetValue(property, out var a) ? Value(entry.EntityType, property, a, known) : ""))];
    }

    private string Value(string entityType, string property, JsonElement value, Names known)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString() ?? "";
                if (text == Redacted)
                {
                    return l["(changed)"];
                }

                if (entityType == "UserRole" && Guid.TryParse(text, out var id))
                {
                    return property == "RoleId" ? RoleName(text, known.Roles) : known.Accounts.GetValueOrDefault(id, text);
                }

                if (property == AuthorityIdProperty && Guid.TryParse(text, out var authorityId))
                {
                    return known.Authorities.GetValueOrDefault(authorityId, text);
                }

                if (property == "Roles" && Roles.All.Contains(text))
                {
                    return labels.Role(text);
                }

                // Times are stored in UTC and shown so, in the reader's format.
                return text.Length >= 19 && text[10] == 'T' && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
                    ? time.ToString("G", CultureInfo.CurrentCulture) + " UTC"
                    : text;
            case JsonValueKind.True:
                return l["Yes"];
            case JsonValueKind.False:
                return l["No"];
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return "";
            case JsonValueKind.Array:
                return string.Join(", ", value.EnumerateArray().Select(v => Value(entityType, property, v, known)));
            default:
                return value.GetRawText();
        }
    }

    private string RoleName(string? roleId, Dictionary<Guid, string> roles) =>
        Guid.TryParse(roleId, out var id) && roles.TryGetValue(id, out var name) ? labels.Role(name) : roleId ?? "";

    private static IEnumerable<Guid> AuthorityIds(string? json) =>
        Parse(json).TryGetValue(AuthorityIdProperty, out var value) && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id)
            ? [id]
            : [];

    private static bool IsAccountEntry(AuditEntry entry) => entry.EntityType is "User" or "UserRole" or "UserToken";

    private static Guid? AccountId(AuditEntry entry) =>
        Guid.TryParse(entry.EntityId.Split('/')[0], out var id) ? id : null;

    private static Dictionary<string, JsonElement> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
            : new Dictionary<string, JsonElement> { [""] = document.RootElement.Clone() };
    }

    /// <summary>What the entries refer to by id, by name.</summary>
    private sealed record Names(Dictionary<Guid, string> Accounts, Dictionary<Guid, string> Roles, Dictionary<Guid, string> Authorities, Dictionary<(string Type, string Id), AuditRecord> Records);
}
