namespace Urbis.Web.Platform.Audit;

/// <summary>
/// A module's words for its audited records, for the audit log: the label of each entity type (the
/// name given to <c>.Audited("...")</c> or <see cref="AuditTrail.Record"/>) and of each named action in
/// the reader's language, and how one record is called ("Invoice 2027-00001") instead of its id.
/// One per module, registered with <see cref="AuditSetup.AddAuditVocabulary{T}"/>.
/// </summary>
internal interface IAuditVocabulary
{
    /// <summary>The label of an entity type, or null when the type is not this module's.</summary>
    string? EntityType(string entityType);

    /// <summary>The label of a named action, or null when the action is not this module's.</summary>
    string? Action(string action);

    /// <summary>
    /// What the records of one of this module's types are called, by entity id, in one query; a
    /// record missing from the answer (deleted since, or an id that is not one) is shown by its id.
    /// </summary>
    Task<IReadOnlyDictionary<string, AuditRecord>> RecordsAsync(string entityType, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);
}

/// <summary>A record as the audit log names it, with the page that shows it (null when none).</summary>
internal sealed record AuditRecord(string Name, string? Link = null);
