using System.Linq.Expressions;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Administration.Users;

/// <summary>
/// Where an account stands. An invitation is pending until the invitee sets a password (which
/// confirms the address); a deactivated account stays deactivated whatever else is true of it.
/// </summary>
internal enum AccountStatus
{
    Active,
    InvitationPending,
    Deactivated,
}

internal static class AccountStatuses
{
    public static AccountStatus Of(bool isActive, bool emailConfirmed) =>
        !isActive ? AccountStatus.Deactivated : emailConfirmed ? AccountStatus.Active : AccountStatus.InvitationPending;

    /// <summary>The same rule as a filter the database runs.</summary>
    public static Expression<Func<User, bool>> Is(AccountStatus status) => status switch
    {
        AccountStatus.Active => u => u.IsActive && u.EmailConfirmed,
        AccountStatus.InvitationPending => u => u.IsActive && !u.EmailConfirmed,
        _ => u => !u.IsActive,
    };
}
