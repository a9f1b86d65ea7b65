using System.ComponentModel.DataAnnotations;

namespace Urbis.Web.Platform.Mail;

internal sealed class MailOptions
{
    public const string Section = "Mail";

    [Required]
    public string FromAddress { get; set; } = "no-reply@urbis.localhost";

    public string FromName { get; set; } = "Urbis";

    /// <summary>Where .eml files go when no SMTP host is set (relative to the data folder).</summary>
    public string PickupFolder { get; set; } = "mail-pickup";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>How often the sender looks for due messages when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delays between attempts; after the last one the message is marked failed.</summary>
    public TimeSpan[] RetryDelays { get; set; } =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(24),
    ];

    /// <summary>Run the background sender in this process (tests may flush by hand instead).</summary>
    public bool RunSender { get; set; } = true;
}

internal sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>"StartTls" (default), "SslOnConnect", "None" (only for a local relay).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
