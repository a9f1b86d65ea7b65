namespace Urbis.IntegrationTests.Infrastructure;

public partial class UrbisApp
{
    /// <summary>The SQL commands this app's database runs while <paramref name="action"/> runs, in order.</summary>
    public async Task<IReadOnlyList<string>> RecordCommandsAsync(Func<Task> action)
    {
        using var counter = new QueryCounter(Database.ConnectionString);
        await action();
        return counter.Commands;
    }
}

/// <summary>Tells reads from writes in recorded SQL.</summary>
public static class SqlCommands
{
    public static int Reads(this IEnumerable<string> commands) =>
        commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
}
