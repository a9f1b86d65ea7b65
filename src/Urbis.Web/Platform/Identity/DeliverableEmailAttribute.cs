using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using MimeKit;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform.Identity;

/// <summary>
/// An e-mail address that can be a sign-in name and receive mail. [EmailAddress] accepts any text
/// with one "@" inside (also "&lt;script&gt;…&lt;/script&gt;@example.org" or "a b@c"), which the outbox could
/// never deliver. No quoted local parts, comments or address lists; the domain needs a dot.
/// MVC localises the messages of its own attributes only, so this one localises its message itself
/// (SharedResource, like every data-annotation message).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class DeliverableEmailAttribute : ValidationAttribute
{
    private const string Forbidden = "<>()[]\\,;:\"";

    public override bool IsValid(object? value) => value is not string text || text.Length == 0 || IsDeliverable(text.Trim());

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (IsValid(value))
        {
            return ValidationResult.Success;
        }

        var message = ErrorMessage ?? "Enter a valid e-mail address.";
        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer;
        return new ValidationResult(localizer?[message] ?? message, validationContext.MemberName is { } member ? [member] : null);
    }

    public static bool IsDeliverable(string address)
    {
        if (address.Length > 254 || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || Forbidden.Contains(c)))
        {
            return false;
        }

        var at = address.IndexOf('@');
        if (at is < 1 or > 64 || at != address.LastIndexOf('@'))
        {
            return false;
        }

        var domain = address[(at + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        return MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address == address;
    }
}
