using Microsoft.EntityFrameworkCore;

namespace Urbis.Web.Platform.Data;

/// <summary>The SQLite flavour: its migrations live in Migrations/Sqlite.</summary>
internal sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

/// <summary>The PostgreSQL flavour: its migrations live in Migrations/PostgreSql.</summary>
internal sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
