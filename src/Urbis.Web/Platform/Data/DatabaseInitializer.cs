using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Urbis.Web.Platform.Data;

/// <summary>Brings the schema up to date (and, when asked, seeds the demo network).</summary>
internal sealed partial class DatabaseInitializer(
    AppDbContext db,
    IEnumerable<IDemoSeeder> seeders,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and one writer work side by side; the setting lives in the file.
            await using var connection = new SqliteConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public async Task SeedDemoDataIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.SeedDemoData)
        {
            return;
        }

        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} pending database migration(s)")]
    private static partial void LogMigrating(ILogger logger, int count);
}

/// <summary>A module's part of the demo network. Each seeder must do nothing when its data is already there.</summary>
internal interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
