using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Platform.Administration.Users;

internal sealed record InviteUser(string Email, string DisplayName, string Language, Guid? AuthorityId, IReadOnlyList<string> Roles);

internal sealed record InviteUserResult(Guid? UserId, string? Link, IReadOnlyList<InviteUserError> Errors)
{
    /// <summary>The first problem (callers that cannot show several), or null when the invitation was sent.</summary>
    public InviteUserError? Error => Errors.Count > 0 ? Errors[0] : null;

    public static InviteUserResult Failed(params IReadOnlyList<InviteUserError> errors) => new(null, null, errors);
}

internal enum InviteUserError
{
    InvalidEmail,
    EmailTaken,
    NameRequired,
    NameTooLong,
    NameNotAllowed,
    UnknownRole,
    UnknownLanguage,
    UnknownAuthority,
    AuthorityRequired,
}

/// <summary>
/// Creates an account without a password and e-mails an invitation link (valid 7 days) in the
/// invitee's language: the only way an account comes into being. One transaction: the account,
/// its roles, the audit entry and the queued e-mail — its own (<see cref="HandleAsync"/>), or the
/// caller's when the invitation is part of a larger change such as approving an application
/// (<see cref="InviteWithinAsync"/>).
/// </summary>
internal sealed class InviteUserHandler(
    AppDbContext db,
    UserManager<User> users,
    IAuthorityDirectory directory,
    Mailer mailer,
    AuditTrail audit,
    IOptions<PlatformOptions> platform,
    TimeProvider clock)
{
    public async Task<InviteUserResult> HandleAsync(InviteUser command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await InviteWithinAsync(command, cancellationToken);
        if (result.Error is null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// The invitation inside the caller's open transaction: saved (with whatever the caller has
    /// pending) but committed, or rolled back, by the caller. A refusal changes nothing.
    /// </summary>
    public async Task<InviteUserResult> InviteWithinAsync(InviteUser command, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("InviteWithinAsync needs the caller's transaction; use HandleAsync otherwise.");
        }

        var email = command.Email.Trim();
        var (problems, authority) = await CheckAsync(command, email, cancellationToken);
        if (problems.Count > 0)
        {
            return InviteUserResult.Failed(problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = PersonName.Normalize(command.DisplayName),
            PreferredLanguage = Languages.Find(command.Language)!.Code,
            AuthorityId = authority?.Id,
            CreatedAt = now,
            InvitedAt = now,
        };

        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // A concurrent invitation of the same address got there first.
            return InviteUserResult.Failed(InviteUserError.EmailTaken);
        }

        var roles = await users.AddToRolesAsync(user, command.Roles.Distinct());
        if (!roles.Succeeded)
        {
            throw new InvalidOperationException("Could not assign roles: " + string.Join(", ", roles.Errors.Select(e => e.Code)));
        }

        var link = await QueueInvitationAsync(user, authority?.OfficialName);
        audit.Record("InvitationSent", "User", user.Id.ToString(), new { command.Roles, AuthorityId = authority?.Id });
        await db.SaveChangesAsync(cancellationToken);
        return new InviteUserResult(user.Id, link, []);
    }

    /// <summary>Every problem of the command at once, so the form shows them together; the authority when one is named.</summary>
    private async Task<(List<InviteUserError> Problems, AuthorityRow? Authority)> CheckAsync(InviteUser command, string email, CancellationToken cancellationToken)
    {
        var problems = new List<InviteUserError>();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
        {
            problems.Add(InviteUserError.InvalidEmail);
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            problems.Add(InviteUserError.EmailTaken);
        }

        var name = PersonName.Normalize(command.DisplayName);
        if (name.Length == 0)
        {
            problems.Add(InviteUserError.NameRequired);
        }
        else if (name.Length > User.DisplayNameMaxLength)
        {
            problems.Add(InviteUserError.NameTooLong);
        }
        else if (PersonName.HasForbiddenCharacters(name))
        {
            problems.Add(InviteUserError.NameNotAllowed);
        }

        if (command.Roles.Count == 0 || command.Roles.Any(r => !Roles.All.Contains(r)))
        {
            problems.Add(InviteUserError.UnknownRole);
        }

        if (!Languages.IsSupported(command.Language))
        {
            problems.Add(InviteUserError.UnknownLanguage);
        }

        AuthorityRow? authority = null;
        if (command.AuthorityId is { } authorityId && (authority = await directory.FindAsync(authorityId, cancellationToken)) is null)
        {
            problems.Add(InviteUserError.UnknownAuthority);
        }
        else if (authority is null && command.Roles.Any(r => r is Roles.MemberUser or Roles.MemberCoordinator))
        {
            problems.Add(InviteUserError.AuthorityRequired);
        }

        return (problems, authority);
    }

    /// <summary>Queues the invitation e-mail (the caller saves) and returns its link.</summary>
    internal async Task<string> QueueInvitationAsync(User user, string? authorityName)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = platform.Value.Link($"/account/invitation?user={user.Id}&token={Uri.EscapeDataString(token)}", user.PreferredLanguage);
        var model = new InvitationMail(user.DisplayName, platform.Value.NetworkName, authorityName, link);
        await mailer.QueueAsync("Invitation", new Recipient(user.Email!, user.DisplayName, user.PreferredLanguage), InvitationMail.Template, model);
        return link;
    }
}

internal sealed record InvitationMail(string Name, string NetworkName, string? AuthorityName, string Link)
{
    public const string Template = "/Platform/Administration/Users/InvitationMail.cshtml";
}
