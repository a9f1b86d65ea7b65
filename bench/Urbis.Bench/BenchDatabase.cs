using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;

namespace Urbis.Bench;

/// <summary>
/// The provider's own context, as Urbis uses it, but without the audit and outbox interceptors:
/// a synthetic load is not something anyone did, so it leaves no audit trail.
/// </summary>
internal static class BenchDatabase
{
    public static AppDbContext Open(BenchProvider provider, string connectionString) => provider switch
    {
        BenchProvider.Sqlite => new SqliteAppDbContext(
            new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options),
        _ => new PostgreSqlAppDbContext(
            new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(connectionString).Options),
    };

    /// <summary>Drops the database and migrates a new one the way Urbis does at start (WAL for SQLite).</summary>
    public static async Task<TimeSpan> RecreateAsync(AppDbContext db, string connectionString)
    {
        var clock = Stopwatch.StartNew();
        await db.Database.EnsureDeletedAsync();
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            File.Delete(file + "-wal");
            File.Delete(file + "-shm");
        }

        var initializer = new DatabaseInitializer(
            db, [], Options.Create(new DatabaseOptions()), NullLogger<DatabaseInitializer>.Instance);
        await initializer.MigrateAsync();
        return clock.Elapsed;
    }
}
