using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Urbis.Web.Platform.Audit;

/// <summary>
/// Marks an entity type as audited: every insert, update and delete of it writes an
/// <see cref="AuditEntry"/> in the same transaction. Ignored properties are left out (noise such as
/// concurrency stamps); redacted ones are recorded as changed without their value (secrets).
/// </summary>
internal static class AuditModelExtensions
{
    public const string AuditedAnnotation = "Urbis:Audited";
    public const string IgnoredAnnotation = "Urbis:AuditIgnored";
    public const string RedactedAnnotation = "Urbis:AuditRedacted";

    public static EntityTypeBuilder<T> Audited<T>(this EntityTypeBuilder<T> builder, string? label = null)
        where T : class
    {
        builder.HasAnnotation(AuditedAnnotation, label ?? typeof(T).Name);
        return builder;
    }

    public static PropertyBuilder<TProperty> NotAudited<TProperty>(this PropertyBuilder<TProperty> builder) =>
        builder.HasAnnotation(IgnoredAnnotation, true);

    public static PropertyBuilder<TProperty> AuditedWithoutValue<TProperty>(this PropertyBuilder<TProperty> builder) =>
        builder.HasAnnotation(RedactedAnnotation, true);

    public static string? AuditLabel(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(AuditedAnnotation)?.Value as string;

    public static bool IsAuditIgnored(this IReadOnlyProperty property) =>
        property.FindAnnotation(IgnoredAnnotation)?.Value is true;

    public static bool IsAuditRedacted(this IReadOnlyProperty property) =>
        property.FindAnnotation(RedactedAnnotation)?.Value is true;
}
