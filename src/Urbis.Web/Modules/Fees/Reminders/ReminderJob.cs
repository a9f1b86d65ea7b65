using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Modules.Fees.Reminders;

internal sealed record ReminderMail(string? ContactName, string CustomerName, string Number, int FeeYear, int Step, bool IsLast, DateOnly DueDate, decimal Total, decimal Outstanding, string Currency, string Iban, string Bic, string Reference);

/// <summary>
/// Every morning (07:00 network time): for each unpaid invoice past its due date, the dunning step
/// it has reached (Fees:ReminderDays, e.g. 30, 60, 90 days) is e-mailed to the member's current
/// finance contact in the member's language, with the invoice attached, and logged. One reminder
/// per invoice and step (a unique index); when the job was down for a while, only the latest step
/// reached goes, not every step missed.
/// </summary>
internal sealed partial class ReminderJob(
    AppDbContext db,
    IAuthorityDirectory directory,
    Mailer mailer,
    NetworkCalendar calendar,
    IOptions<FeesOptions> options,
    ILogger<ReminderJob> logger) : IScheduledJob
{
    public const string MailTemplate = "/Modules/Fees/Reminders/ReminderMail.cshtml";

    public string Name => "fee-reminders";

    public JobSchedule Schedule => JobSchedule.DailyAt(new TimeOnly(7, 0));

    public async Task RunAsync(CancellationToken cancellationToken) => await SendDueAsync(cancellationToken);

    /// <summary>Sends the reminders due today; returns how many were logged.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var steps = options.Value.ReminderDays.Order().ToArray();
        if (steps.Length == 0)
        {
            return 0;
        }

        var today = calendar.Today;
        var firstDue = today.AddDays(-steps[0]);
        var open = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartlyPaid) && i.DueDate <= firstDue)
            .ToListAsync(cancellationToken);
        var ids = open.Select(i => i.Id).ToList();
        var sent = (await db.Set<Reminder>().AsNoTracking().Where(r => ids.Contains(r.InvoiceId)).Select(r => new { r.InvoiceId, r.Step }).ToListAsync(cancellationToken))
            .GroupBy(r => r.InvoiceId).ToDictionary(g => g.Key, g => g.Max(r => r.Step));
        var contacts = await directory.ContactsAsync(ContactRole.FinanceContact, [.. open.Select(i => i.AuthorityId).Distinct()], cancellationToken);
        var issuer = options.Value.Issuer;
        var logged = 0;
        foreach (var invoice in open)
        {
            var overdue = today.DayNumber - invoice.DueDate.DayNumber;
            var step = steps.Count(days => overdue >= days);
            if (step <= sent.GetValueOrDefault(invoice.Id))
            {
                continue;
            }

            var contact = contacts.GetValueOrDefault(invoice.AuthorityId);
            var to = string.IsNullOrWhiteSpace(contact?.Email) ? null : contact.Email;
            if (to is not null)
            {
                var model = new ReminderMail(contact!.FullName, invoice.CustomerName, invoice.Number, invoice.FeeYear, step, step == steps.Length, invoice.DueDate,
                    invoice.Total, invoice.Outstanding, invoice.Currency, Iban.Print(issuer.Iban), issuer.Bic, CreditorReference.Print(invoice.PaymentReference));
                IReadOnlyList<MailAttachment> attachments = invoice.DocumentFileId is { } file ? [new MailAttachment(file, invoice.FileName, "application/pdf")] : [];
                await mailer.QueueAsync("FeeReminder", new Recipient(to, contact.FullName, invoice.Language), MailTemplate, model, attachments);
            }

            db.Add(new Reminder
            {
                InvoiceId = invoice.Id,
                AuthorityId = invoice.AuthorityId,
                Step = step,
                DaysAfterDue = steps[step - 1],
                Outstanding = invoice.Outstanding,
                SentTo = to,
                SentAt = calendar.UtcNow,
            });
            logged++;
            if (logged % 100 == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSent(logger, logged);
        return logged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fee reminders: {Count} logged")]
    private static partial void LogSent(ILogger logger, int count);
}
