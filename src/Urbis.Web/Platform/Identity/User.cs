using Microsoft.AspNetCore.Identity;

namespace Urbis.Web.Platform.Identity;

/// <summary>A person who can sign in. Accounts are created by invitation only.</summary>
internal sealed class User : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = "";

    /// <summary>The member authority the person works for, if any (by id: Directory owns authorities).</summary>
    public Guid? AuthorityId { get; set; }

    /// <summary>The UI language the person chose ("en" or "fr"), applied at every sign-in.</summary>
    public string PreferredLanguage { get; set; } = "en";

    /// <summary>A deactivated account cannot sign in and loses its sessions at once.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime? InvitedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>The last TOTP time step accepted: a code works once (OWASP ASVS 2.8.4).</summary>
    public long LastTotpTimeStep { get; set; }

    /// <summary>
    /// True when the password was set while two-factor was on and is shorter than the length
    /// required without it; turning two-factor off then requires a longer password first.
    /// </summary>
    public bool PasswordReliesOnTwoFactor { get; set; }
}

internal sealed class Role : IdentityRole<Guid>
{
    public Role()
    {
    }

    public Role(string name)
        : base(name)
    {
        Id = Guid.CreateVersion7();
        NormalizedName = name.ToUpperInvariant();
    }
}
