using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Urbis.Web.Platform.Jobs;

namespace Urbis.Web.Platform.Mail;

/// <summary>
/// Notifies the outbox sender's <see cref="WorkSignal{TWorker}"/> after a SaveChanges that added outbox messages. Inside an
/// explicit transaction the wake-up may come before the commit; the next poll then finds the message.
/// </summary>
internal sealed class OutboxSignalInterceptor(WorkSignal<OutboxBackgroundService> signal) : SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            pending.AddOrUpdate(context, context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pending.Remove(context))
        {
            signal.Notify();
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
