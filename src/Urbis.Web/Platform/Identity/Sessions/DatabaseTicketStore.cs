using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Identity.Sessions;

/// <summary>
/// Keeps authentication tickets in the database (<see cref="UserSession"/>). The cookie handler is a
/// singleton, so each call opens its own scope. The key of the session a request belongs to is
/// left in the request's items (<see cref="CurrentSession"/>), never in the ticket itself.
/// </summary>
internal sealed class DatabaseTicketStore(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<UserSessionOptions> options) : ITicketStore
{
    /// <summary>"Last seen" is kept to this precision: one write per session and period at most.</summary>
    public static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(5);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = await StoreAsync(ticket);
        CurrentSession.Set(httpContext, key);
        return key;
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var ticket = await RetrieveAsync(key);
        if (ticket is not null)
        {
            CurrentSession.Set(httpContext, key);
        }

        return ticket;
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Key = Base64Url(RandomNumberGenerator.GetBytes(32)),
            UserId = ticket.Principal.UserId() ?? throw new InvalidOperationException("A session needs a user."),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = ExpiryOf(ticket, now),
            Ticket = TicketSerializer.Default.Serialize(ticket),
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(session);
        await db.SaveChangesAsync();
        return session.Key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        // Renewing never brings back a session that was ended: a replayed cookie stays dead.
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = ExpiryOf(ticket, now);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<UserSession>()
            .Where(s => s.Key == key)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.ExpiresAt, expires).SetProperty(s => s.LastSeenAt, now));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.Set<UserSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Key == key);
        if (session is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (session.ExpiresAt <= now || session.CreatedAt + options.Value.AbsoluteLifetime <= now)
        {
            await db.Set<UserSession>().Where(s => s.Key == key).ExecuteDeleteAsync();
            return null;
        }

        if (now - session.LastSeenAt >= LastSeenPrecision)
        {
            await db.Set<UserSession>().Where(s => s.Key == key).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now));
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<UserSession>().Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    private DateTime ExpiryOf(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + options.Value.IdleTimeout;

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>How long sessions live. Idle: sliding; absolute: from sign-in, whatever the activity.</summary>
internal sealed class UserSessionOptions
{
    public const string Section = "Sessions";

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(60);

    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);
}

/// <summary>Ends sessions when an account's credentials or rights change.</summary>
internal sealed class SessionRevoker(AppDbContext db)
{
    public Task<int> EndAllAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.Set<UserSession>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Ends every session of the person but the one with <paramref name="keepKey"/>.</summary>
    public Task<int> EndOthersAsync(Guid userId, string keepKey, CancellationToken cancellationToken = default) =>
        db.Set<UserSession>().Where(s => s.UserId == userId && s.Key != keepKey).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>Points the application cookie at the database ticket store.</summary>
internal sealed class UseDatabaseTicketStore(ITicketStore store) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
        {
            options.SessionStore = store;
        }
    }
}
