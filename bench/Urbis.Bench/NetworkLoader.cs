using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Urbis.Bench;

/// <summary>Inserts the network through EF Core in batches, all in one transaction.</summary>
internal static class NetworkLoader
{
    private const int BatchSize = 2_000;

    public static async Task<TimeSpan> LoadAsync(DbContext db, SyntheticNetwork network)
    {
        var clock = Stopwatch.StartNew();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            for (var start = 0; start < network.Authorities.Count; start += BatchSize)
            {
                var count = Math.Min(BatchSize, network.Authorities.Count - start);

                // Authorities first: memberships refer to them and EF sees no navigation to order by.
                db.AddRange(network.Authorities.Skip(start).Take(count));
                await db.SaveChangesAsync();
                db.AddRange(network.Memberships.Skip(start).Take(count));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync();
        }

        if (db.Database.IsNpgsql())
        {
            // Autovacuum would analyse the new rows within a minute in production; do it now so
            // the first measured seconds do not run on an empty planner's guesses.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        return clock.Elapsed;
    }
}
