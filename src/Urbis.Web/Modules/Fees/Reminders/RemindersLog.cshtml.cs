using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.Reminders;

internal sealed record ReminderLogRow(DateTime SentAt, Guid InvoiceId, string Number, string Member, int Step, int DaysAfterDue, decimal Outstanding, string Currency, string? SentTo);

/// <summary>The log of reminders sent, newest first. Finance and administrators.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class RemindersLogModel(AppDbContext db, Microsoft.Extensions.Options.IOptions<FeesOptions> options) : PageModel
{
    public const int PageSize = 100;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal IReadOnlyList<ReminderLogRow> Rows { get; private set; } = [];

    internal bool HasNext { get; private set; }

    public IReadOnlyList<int> Steps => options.Value.ReminderDays.Order().ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var rows = await (from r in db.Set<Reminder>().AsNoTracking()
                          join i in db.Set<Invoice>().AsNoTracking() on r.InvoiceId equals i.Id
                          orderby r.SentAt descending, i.Number
                          select new ReminderLogRow(r.SentAt, i.Id, i.Number, i.CustomerName, r.Step, r.DaysAfterDue, r.Outstanding, i.Currency, r.SentTo))
                         .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }
}
