using System.Threading.Channels;

namespace Urbis.Web.Platform.Identity.Account.PasswordReset;

/// <summary>
/// Requests for a reset link, handled after the answer is sent. Handling a known address looks up
/// the account, makes a token and writes an e-mail; an unknown one does nothing: done inside the
/// request, the time of the answer told which addresses have an account. The page only queues.
/// Requests still queued when the process stops are lost; the person asks again.
/// </summary>
internal sealed partial class ResetRequests(ILogger<ResetRequests> logger)
{
    // Far above what the page's rate limit lets through; when full, a request is dropped (and logged).
    private const int Capacity = 1000;

    private readonly Channel<string> queue = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly Lock gate = new();
    private int pending;
    private TaskCompletionSource idle = Completed();

    public void Add(string email)
    {
        lock (gate)
        {
            if (!queue.Writer.TryWrite(email))
            {
                LogDropped(logger);
                return;
            }

            if (pending++ == 0)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    internal IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => queue.Reader.ReadAllAsync(cancellationToken);

    internal void Done()
    {
        lock (gate)
        {
            if (--pending == 0)
            {
                idle.TrySetResult();
            }
        }
    }

    /// <summary>Completes once every request added so far has been handled (tests wait on it before reading mail).</summary>
    public Task WhenIdleAsync()
    {
        lock (gate)
        {
            return idle.Task;
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password-reset request dropped: the queue is full")]
    private static partial void LogDropped(ILogger logger);
}

/// <summary>Handles the queued reset requests one at a time, each in its own scope.</summary>
internal sealed partial class ResetRequestProcessor(
    ResetRequests requests,
    IServiceScopeFactory scopes,
    ILogger<ResetRequestProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in requests.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ForgotPasswordHandler>().HandleAsync(email, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failed request (the database briefly away) must not stop the others.
                LogFailed(logger, ex);
            }
            finally
            {
                requests.Done();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A password-reset request failed")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
