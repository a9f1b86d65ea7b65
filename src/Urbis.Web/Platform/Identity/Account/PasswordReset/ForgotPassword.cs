using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Platform.Identity.Account.PasswordReset;

internal sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [DeliverableEmail(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "Enter a valid e-mail address.")]
    public string Email { get; set; } = "";
}

/// <summary>
/// A forgotten password: an active account with a password gets a reset link (2 hours); an
/// account whose invitation is still pending gets a new invitation link instead (it has no
/// password to reset, and the invitation is how it gets one). Nothing for unknown or deactivated
/// accounts. At most one such e-mail per account every few minutes, so the form cannot be used
/// to flood someone's mailbox. The caller shows the same answer in every case.
/// </summary>
internal sealed class ForgotPasswordHandler(
    AppDbContext db,
    UserManager<User> users,
    Mailer mailer,
    InviteUserHandler invitations,
    IAuthorityDirectory directory,
    AuditTrail audit,
    IOptions<PlatformOptions> platform,
    TimeProvider clock)
{
    public const string MailKind = "PasswordReset";
    private const string InvitationMailKind = "Invitation"; // as InviteUserHandler queues it
    public static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(5);

    public async Task HandleAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not { IsActive: true })
        {
            return;
        }

        if (await users.HasPasswordAsync(user))
        {
            if (await SentRecentlyAsync(user.Email!, MailKind, cancellationToken))
            {
                return;
            }

            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = platform.Value.Link($"/account/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}", user.PreferredLanguage);
            var model = new PasswordResetMail(user.DisplayName, platform.Value.NetworkName, link);
            await mailer.QueueAsync(MailKind, new Recipient(user.Email!, user.DisplayName, user.PreferredLanguage), PasswordResetMail.Template, model);
        }
        else if (user.InvitedAt is not null)
        {
            if (await SentRecentlyAsync(user.Email!, InvitationMailKind, cancellationToken))
            {
                return;
            }

            var authority = user.AuthorityId is { } id ? await directory.FindAsync(id, cancellationToken) : null;
            await invitations.QueueInvitationAsync(user, authority?.OfficialName);
            audit.Record("InvitationResent", "User", user.Id.ToString(), new { Reason = "ForgotPassword" });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<bool> SentRecentlyAsync(string address, string kind, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - Cooldown;
        return db.Set<OutboxMessage>().AnyAsync(m => m.CreatedAt > since && m.ToAddress == address && m.Kind == kind, cancellationToken);
    }
}

internal sealed record PasswordResetMail(string Name, string NetworkName, string Link)
{
    public const string Template = "/Platform/Identity/Account/PasswordReset/PasswordResetMail.cshtml";
}
