namespace Urbis.Web.Platform.Identity.Sessions;

/// <summary>
/// A signed-in session, kept in the database so that every web node sees it and so that signing
/// out, changing the password or deactivating an account ends sessions at once: the cookie only
/// carries the session's random key.
/// </summary>
internal sealed class UserSession
{
    public const int KeyLength = 64;

    public required string Key { get; init; }

    public Guid UserId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public required byte[] Ticket { get; set; }
}
