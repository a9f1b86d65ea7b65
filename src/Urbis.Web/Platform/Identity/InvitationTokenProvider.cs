using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Urbis.Web.Platform.Identity;

/// <summary>
/// Invitation links live longer than password-reset links (days, not hours). The token is bound
/// to the security stamp, so it stops working once the invitation is accepted.
/// </summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<User>> logger,
    TimeProvider clock)
    : ClockedTokenProvider(dataProtectionProvider, options, logger, clock)
{
    public const string ProviderName = "UrbisInvitation";
    public const string Purpose = "Invitation";
}

internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}
