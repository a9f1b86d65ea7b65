using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Urbis.Web.Platform.Data;

/// <summary>
/// Every stored instant is UTC. SQLite forgets the kind on the way back and PostgreSQL's
/// timestamptz refuses anything else, so the kind is made explicit in both directions.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
