using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core runs against one database (test hosts run side by side, each
/// on its own database), through EF's diagnostic events; keeps their SQL to tell reads from writes.
/// </summary>
public sealed class QueryCounter : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly string connectionString;
    private readonly List<IDisposable> subscriptions = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> commands = new();

    public QueryCounter(string connectionString)
    {
        this.connectionString = connectionString;
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Count => commands.Count;

    /// <summary>The SQL of each command, in the order they ran.</summary>
    public IReadOnlyList<string> Commands => [.. commands];

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name
            && value.Value is CommandExecutedEventData data
            && data.Context?.Database.GetConnectionString() == connectionString)
        {
            commands.Enqueue(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
            subscriptions.Clear();
        }
    }
}
