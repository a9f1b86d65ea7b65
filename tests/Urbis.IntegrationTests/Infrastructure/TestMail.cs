using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Urbis.Web.Platform.Identity.Account.PasswordReset;
using Urbis.Web.Platform.Mail;

namespace Urbis.IntegrationTests.Infrastructure;

public partial class UrbisApp
{
    /// <summary>
    /// Lets queued password-reset requests finish (they are handled after the answer), delivers
    /// what the outbox holds (the background sender is off in tests) and reads the pickup folder.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> MailAsync()
    {
        await Services.GetRequiredService<ResetRequests>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        if (!Directory.Exists(MailFolder))
        {
            return [];
        }

        return [.. Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];
    }

    /// <summary>The messages sent to one address, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailToAsync(string address) =>
        [.. (await MailAsync()).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The newest message to the address.</summary>
    public async Task<MimeMessage> LastMailToAsync(string address) =>
        (await MailToAsync(address)).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {address}.");
}

public static partial class MailExtensions
{
    /// <summary>The first link in the HTML part whose path starts with <paramref name="path"/>, made relative to the site.</summary>
    public static string Link(this MimeMessage message, string path)
    {
        var html = message.HtmlBody ?? throw new InvalidOperationException("No HTML part.");
        var match = Href().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .FirstOrDefault(h => new Uri(h, UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } u ? u.AbsolutePath.StartsWith(path, StringComparison.Ordinal) : h.StartsWith(path, StringComparison.Ordinal));
        if (match is null)
        {
            throw new InvalidOperationException($"No link to {path} in: {message.Subject}");
        }

        var uri = new Uri(match, UriKind.RelativeOrAbsolute);
        return uri.IsAbsoluteUri ? uri.PathAndQuery : match;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
