using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Platform.Identity.Account.Email;

internal sealed class ChangeEmailInput
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [DeliverableEmail(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "Enter a valid e-mail address.")]
    public string NewEmail { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(1024, ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}

/// <summary>
/// Asks for a change of e-mail address: a confirmation link (2 hours) to the new address and a
/// notice to the current one. Nothing changes until the link is opened. When another account
/// already uses the new address, its owner is told instead of receiving a link; the person asking
/// sees the same answer either way, so the form does not reveal who has an account.
/// </summary>
internal sealed class ChangeEmailHandler(
    AppDbContext db,
    UserManager<User> users,
    Mailer mailer,
    IOptions<PlatformOptions> platform,
    TimeProvider clock)
{
    public async Task HandleAsync(User user, string newEmail)
    {
        var network = platform.Value.NetworkName;
        var owner = await users.FindByEmailAsync(newEmail);
        if (owner is null)
        {
            var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
            var link = platform.Value.Link($"/account/email/confirm?user={user.Id}&email={Uri.EscapeDataString(newEmail)}&token={Uri.EscapeDataString(token)}", user.PreferredLanguage);
            var confirmation = new EmailChangeConfirmationMail(user.DisplayName, network, newEmail, link);
            await mailer.QueueAsync("EmailChangeConfirmation", new Recipient(newEmail, user.DisplayName, user.PreferredLanguage), EmailChangeConfirmationMail.Template, confirmation);
        }
        else if (owner.Id != user.Id)
        {
            var used = new EmailAlreadyUsedMail(owner.DisplayName, network, platform.Value.Link("/account/sign-in"));
            await mailer.QueueAsync("EmailAlreadyUsed", new Recipient(owner.Email!, owner.DisplayName, owner.PreferredLanguage), EmailAlreadyUsedMail.Template, used);
        }

        var notice = new EmailChangeNoticeMail(user.DisplayName, network, newEmail, clock.GetUtcNow().UtcDateTime, platform.Value.Link("/account/forgot-password"));
        await mailer.QueueAsync("EmailChangeNotice", new Recipient(user.Email!, user.DisplayName, user.PreferredLanguage), EmailChangeNoticeMail.Template, notice);
        await db.SaveChangesAsync();
    }
}

internal sealed record EmailChangeConfirmationMail(string Name, string NetworkName, string NewEmail, string Link)
{
    public const string Template = "/Platform/Identity/Account/Email/EmailChangeConfirmationMail.cshtml";
}

internal sealed record EmailChangeNoticeMail(string Name, string NetworkName, string NewEmail, DateTime RequestedAt, string ResetLink)
{
    public const string Template = "/Platform/Identity/Account/Email/EmailChangeNoticeMail.cshtml";
}

internal sealed record EmailAlreadyUsedMail(string Name, string NetworkName, string SignInLink)
{
    public const string Template = "/Platform/Identity/Account/Email/EmailAlreadyUsedMail.cshtml";
}
