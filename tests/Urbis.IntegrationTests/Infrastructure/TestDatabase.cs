using Npgsql;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>
/// A database of its own for one test host: a SQLite file, or a PostgreSQL database created on the
/// server named by URBIS_TEST_PG. URBIS_TEST_DB=postgres chooses PostgreSQL (the test script runs
/// every integration test once per provider).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnectionString;
    private readonly string? databaseName;
    private readonly string? file;

    private TestDatabase(string provider, string connectionString, string? adminConnectionString = null, string? databaseName = null, string? file = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.adminConnectionString = adminConnectionString;
        this.databaseName = databaseName;
        this.file = file;
    }

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("URBIS_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string folder)
    {
        if (!UsePostgres)
        {
            var path = Path.Combine(folder, "urbis.db");
            return new TestDatabase("Sqlite", $"Data Source={path};Default Timeout=30", file: path);
        }

        var server = Environment.GetEnvironmentVariable("URBIS_TEST_PG");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("URBIS_TEST_DB=postgres needs URBIS_TEST_PG (a connection string to a PostgreSQL server); ./test.sh starts one.");
        }

        var name = "urbis_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("PostgreSql", builder.ConnectionString, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnectionString is not null && databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        _ = file; // the SQLite file goes with the host's temporary folder
    }
}
