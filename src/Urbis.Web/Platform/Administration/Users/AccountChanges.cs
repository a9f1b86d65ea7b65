using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Identity.Sessions;

namespace Urbis.Web.Platform.Administration.Users;

/// <summary>
/// The frame of every change to an account's rights or status: one serialisable transaction (so
/// that two administrators demoting each other at once cannot leave the network without one),
/// then every session of the account ends so that the new rights apply at its next request. When
/// people change their own account, the browser they use goes on in a new session with the new
/// rights (every sign-in refresh starts a new session: see SessionStarter).
/// </summary>
internal sealed partial class AccountChanges(
    AppDbContext db,
    SignInManager<User> signIn,
    SessionRevoker sessions,
    ILogger<AccountChanges> logger)
{
    public async Task<AccountChangeError?> RunAsync(Guid userId, Guid actorId, Func<User, Task<AccountChangeError?>> change, CancellationToken cancellationToken)
    {
        User? user;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
            if (user is null)
            {
                return AccountChangeError.NotFound;
            }

            if (await change(user) is { } error)
            {
                return error;
            }

            await db.SaveChangesAsync(cancellationToken);
            await sessions.EndAllAsync(userId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (IsConflict(e))
        {
            LogConflict(logger, userId);
            return AccountChangeError.ConcurrentChange;
        }

        if (userId == actorId)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return null;
    }

    /// <summary>True when the account is an active administrator and no other active administrator exists.</summary>
    public async Task<bool> IsLastActiveAdministratorAsync(User user, CancellationToken cancellationToken)
    {
        var roleId = await AdministratorRoleIdAsync(cancellationToken);
        if (!user.IsActive || !user.EmailConfirmed || !await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == roleId, cancellationToken))
        {
            return false;
        }

        return !await db.Users.AnyAsync(
            u => u.Id != user.Id && u.IsActive && u.EmailConfirmed && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId),
            cancellationToken);
    }

    /// <summary>Turns an Identity failure into a refusal (only concurrent writes make these fail here).</summary>
    public AccountChangeError? Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return null;
        }

        LogIdentityFailure(logger, string.Join(", ", result.Errors.Select(e => e.Code)));
        return AccountChangeError.ConcurrentChange;
    }

    private Task<Guid> AdministratorRoleIdAsync(CancellationToken cancellationToken) =>
        db.Roles.Where(r => r.NormalizedName == Roles.Administrator.ToUpperInvariant()).Select(r => r.Id).SingleAsync(cancellationToken);

    // PostgreSQL refuses one of two conflicting serialisable transactions (40001) or a deadlock (40P01).
    private static bool IsConflict(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is DbException { SqlState: "40001" or "40P01" } or DbUpdateConcurrencyException)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change to account {UserId} met a concurrent change and was not saved")]
    private static partial void LogConflict(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account change failed: {Codes}")]
    private static partial void LogIdentityFailure(ILogger logger, string codes);
}
