using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Modules.Membership.FollowUps;

/// <summary>
/// Every morning, reminds the coordinator (in their language) and the secretariat of each open
/// follow-up that is due within 30 or 7 days, or overdue (then every 30 days). The reminder and
/// its record are saved together, so a re-run the same day sends nothing twice.
/// </summary>
internal sealed partial class FollowUpReminders(
    AppDbContext db,
    IAuthorityDirectory directory,
    Mailer mailer,
    NetworkCalendar date,
    IOptions<MembershipOptions> options,
    IOptions<PlatformOptions> platform,
    ILogger<FollowUpReminders> logger) : IScheduledJob
{
    public string Name => "follow-up-reminders";

    public JobSchedule Schedule => JobSchedule.DailyAt(new TimeOnly(7, 0));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = date.Today;
        var horizon = today.AddDays(30);
        var open = await db.Set<FollowUp>()
            .Where(f => f.Status == FollowUpStatus.Open && f.DueDate <= horizon)
            .OrderBy(f => f.DueDate)
            .ToListAsync(cancellationToken);
        var due = open.Select(f => (FollowUp: f, Stage: f.ReminderDue(today))).Where(x => x.Stage is not null).ToList();
        if (due.Count == 0)
        {
            return;
        }

        var ids = due.Select(d => d.FollowUp.AuthorityId).Distinct().ToList();
        var coordinators = await directory.ContactsAsync(ContactRole.Coordinator, ids, cancellationToken);
        var names = await directory.Query().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.OfficialName, cancellationToken);
        var secretariat = new Recipient(options.Value.SecretariatEmail, options.Value.SecretariatName, options.Value.SecretariatLanguage);
        foreach (var (followUp, stage) in due)
        {
            var mail = new FollowUpReminderMail(names.GetValueOrDefault(followUp.AuthorityId, ""), followUp.Condition, followUp.DueDate, stage!.Value, followUp.DueDate.DayNumber - today.DayNumber, platform.Value.NetworkName, platform.Value.Link("/members/membership"));
            if (coordinators.TryGetValue(followUp.AuthorityId, out var coordinator) && coordinator.Email is { } email)
            {
                await mailer.QueueAsync("FollowUpReminder", new Recipient(email, coordinator.FullName, coordinator.PreferredLanguage), FollowUpReminderMail.Template, mail with { Link = platform.Value.Link("/members/membership", coordinator.PreferredLanguage) });
            }

            await mailer.QueueAsync("FollowUpReminder", secretariat, FollowUpReminderMail.Template, mail with { Link = platform.Value.Link("/office/follow-ups") });
            followUp.Reminded(stage.Value, today);
        }

        await db.SaveChangesAsync(cancellationToken);
        LogReminded(logger, due.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent reminders for {Count} follow-up(s)")]
    private static partial void LogReminded(ILogger logger, int count);
}

internal sealed record FollowUpReminderMail(string AuthorityName, JoiningCondition Condition, DateOnly DueDate, ReminderStage Stage, int DaysLeft, string NetworkName, string Link)
{
    public const string Template = "/Modules/Membership/FollowUps/FollowUpReminderMail.cshtml";
}
