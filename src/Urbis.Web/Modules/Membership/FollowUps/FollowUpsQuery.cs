using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership.FollowUps;

internal sealed record FollowUpRow(Guid Id, Guid ApplicationId, Guid AuthorityId, string AuthorityName, JoiningCondition Condition, DateOnly DueDate, string? Commitment, FollowUpStatus Status, ReminderStage LastReminder, string? ClosingNote);

/// <summary>Follow-ups with their authority's name: the open ones by due date, or the closed ones latest first.</summary>
internal sealed class FollowUpsQuery(AppDbContext db, IAuthorityDirectory directory)
{
    public async Task<IReadOnlyList<FollowUpRow>> RunAsync(bool open, CancellationToken cancellationToken)
    {
        var followUps = db.Set<FollowUp>().AsNoTracking().Where(f => open ? f.Status == FollowUpStatus.Open : f.Status != FollowUpStatus.Open);
        followUps = open ? followUps.OrderBy(f => f.DueDate) : followUps.OrderByDescending(f => f.DueDate);
        var page = await followUps.Take(500).ToListAsync(cancellationToken);
        var ids = page.Select(f => f.AuthorityId).Distinct().ToList();
        var names = await directory.Query().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.OfficialName, cancellationToken);
        return [.. page.Select(f => new FollowUpRow(f.Id, f.ApplicationId, f.AuthorityId, names.GetValueOrDefault(f.AuthorityId, ""), f.Condition, f.DueDate, f.Commitment, f.Status, f.LastReminder, f.ClosingNote))];
    }
}
