using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership.FollowUps;

internal sealed record FollowUpRow(Guid Id, Guid ApplicationId, Guid AuthorityId, string AuthorityName, JoiningCondition Condition, DateOnly DueDate, string? Commitment, FollowUpStatus Status, ReminderStage LastReminder, string? ClosingNote);

internal sealed record FollowUpPage(IReadOnlyList<FollowUpRow> Rows, int Page, int PageCount);

/// <summary>Follow-ups with their authority's name, a page at a time: the open ones by due date, or the closed ones latest first.</summary>
internal sealed class FollowUpsQuery(AppDbContext db, IAuthorityDirectory directory)
{
    public const int PageSize = 25;

    public async Task<FollowUpPage> RunAsync(bool open, int pageNumber, CancellationToken cancellationToken)
    {
        var followUps = db.Set<FollowUp>().AsNoTracking().Where(f => open ? f.Status == FollowUpStatus.Open : f.Status != FollowUpStatus.Open);
        var pageCount = Math.Max(1, (await followUps.CountAsync(cancellationToken) + PageSize - 1) / PageSize);
        var number = Math.Clamp(pageNumber, 1, pageCount);
        followUps = open ? followUps.OrderBy(f => f.DueDate).ThenBy(f => f.Id) : followUps.OrderByDescending(f => f.DueDate).ThenBy(f => f.Id);
        var page = await followUps.Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = page.Select(f => f.AuthorityId).Distinct().ToList();
        var names = await directory.Query().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.OfficialName, cancellationToken);
        return new FollowUpPage([.. page.Select(f => new FollowUpRow(f.Id, f.ApplicationId, f.AuthorityId, names.GetValueOrDefault(f.AuthorityId, ""), f.Condition, f.DueDate, f.Commitment, f.Status, f.LastReminder, f.ClosingNote))], number, pageCount);
    }
}
