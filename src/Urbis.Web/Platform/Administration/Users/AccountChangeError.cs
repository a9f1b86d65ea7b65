namespace Urbis.Web.Platform.Administration.Users;

/// <summary>Why a change to an account was refused (shown to the person as a message).</summary>
internal enum AccountChangeError
{
    NotFound,
    OwnAccount,
    OwnAdministratorRole,
    LastAdministrator,
    UnknownRole,
    AlreadyHasRole,
    DoesNotHaveRole,
    LastRole,
    AuthorityRequired,
    UnknownAuthority,
    RoleNeedsAuthority,
    NotPending,
    Deactivated,
    AlreadyDeactivated,
    AlreadyActive,
    NotAMemberUser,
    ConcurrentChange,
}
