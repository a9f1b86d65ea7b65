using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform;

/// <summary>
/// Operator commands run instead of the web server:
/// <c>migrate</c> applies the database migrations and exits;
/// <c>invite-admin &lt;email&gt; [name]</c> invites the first administrator and prints the link.
/// </summary>
internal static class Commands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var verb = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal));
        switch (verb)
        {
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
                }

                Console.WriteLine("The database is up to date.");
                return true;
            case "invite-admin":
                var rest = args.SkipWhile(a => a != "invite-admin").Skip(1).ToArray();
                if (rest.Length == 0)
                {
                    Console.Error.WriteLine("Usage: invite-admin <email> [display name]");
                    Environment.ExitCode = 2;
                    return true;
                }

                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
                    var invite = scope.ServiceProvider.GetRequiredService<InviteUserHandler>();
                    var name = rest.Length > 1 ? string.Join(' ', rest.Skip(1)) : rest[0];
                    var result = await invite.HandleAsync(new InviteUser(rest[0], name, "en", null, [Identity.Roles.Administrator]), CancellationToken.None);
                    if (result.Error is { } error)
                    {
                        Console.Error.WriteLine($"Not invited: {error}");
                        Environment.ExitCode = 1;
                        return true;
                    }

                    Console.WriteLine($"Invitation queued for {rest[0]}. Link (valid 7 days): {result.Link}");
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Migrates (unless turned off), seeds the demo network if asked, and prints how to get in.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        if (options.MigrateAtStartup)
        {
            await initializer.MigrateAsync();
        }

        await initializer.SeedDemoDataIfEmptyAsync();
        if (options.SeedDemoData)
        {
            app.Lifetime.ApplicationStarted.Register(() => DemoBanner.Print(app));
        }
    }
}
