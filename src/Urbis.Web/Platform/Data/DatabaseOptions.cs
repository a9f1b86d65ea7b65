namespace Urbis.Web.Platform.Data;

internal enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (on by default; production may run `migrate` instead).</summary>
    public bool MigrateAtStartup { get; set; } = true;

    /// <summary>Seed the demo network when the database holds no authority yet.</summary>
    public bool SeedDemoData { get; set; }
}
