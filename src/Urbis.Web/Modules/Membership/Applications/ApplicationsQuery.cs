using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership.Applications;

internal enum ApplicationAge
{
    Week,
    Month,
    Older,
}

internal enum ApplicationSort
{
    Newest,
    Oldest,
    Name,
    Country,
}

/// <summary>
/// The filters of the applications list. Assignee: a staff id, <see cref="Unassigned"/>, or null for
/// anyone. Search: part of the authority's name (accents, case and punctuation ignored, as the
/// duplicate check compares names), a reference, or part of the applicant's e-mail address.
/// </summary>
internal sealed record ApplicationFilter(ApplicationState? State, string? Country, ApplicationAge? Age, Guid? Assignee, ApplicationSort Sort, int Page, string? Search = null)
{
    public const int SearchMaxLength = 200;

    public static readonly Guid Unassigned = Guid.Empty;
}

internal sealed record ApplicationRow(Guid Id, string Reference, string AuthorityName, string CountryCode, ApplicationState State, DateTime SubmittedAt, DateTime UpdatedAt, string? AssigneeName);

internal sealed record ApplicationList(IReadOnlyList<ApplicationRow> Rows, IReadOnlyDictionary<ApplicationState, int> Counts, int Total, int Page, int PageCount);

/// <summary>One page of applications in two queries: the counts per state (other filters applied) and the page.</summary>
internal sealed class ApplicationsQuery(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<ApplicationList> RunAsync(ApplicationFilter filter, CancellationToken cancellationToken)
    {
        var applications = Filtered(filter);
        var groups = await applications.GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = Enum.GetValues<ApplicationState>().ToDictionary(s => s, s => groups.FirstOrDefault(g => g.Key == s)?.Count ?? 0);
        if (filter.State is { } state)
        {
            applications = applications.Where(a => a.State == state);
        }

        var total = filter.State is { } only ? counts[only] : counts.Values.Sum();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await Sorted(applications, filter.Sort)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            // The assignee as named today (the application keeps the name given at assignment, for an account since removed).
            .Select(a => new ApplicationRow(a.Id, a.Reference, a.AuthorityName, a.CountryCode, a.State, a.SubmittedAt, a.UpdatedAt,
                db.Users.Where(u => u.Id == a.AssigneeId).Select(u => u.DisplayName).FirstOrDefault() ?? a.AssigneeName))
            .ToListAsync(cancellationToken);
        return new ApplicationList(rows, counts, total, page, pageCount);
    }

    private IQueryable<Application> Filtered(ApplicationFilter filter)
    {
        var applications = db.Set<Application>().AsNoTracking();
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            var name = NameNormaliser.Normalise(search);
            var reference = search.ToUpperInvariant();
            var email = search.ToLowerInvariant();
            applications = applications.Where(a =>
                (name.Length > 0 && a.NormalisedName.Contains(name)) || a.Reference == reference || a.ApplicantEmail.ToLower().Contains(email));
        }

        if (filter.Country is { } country)
        {
            applications = applications.Where(a => a.CountryCode == country);
        }

        if (filter.Assignee is { } assignee)
        {
            applications = assignee == ApplicationFilter.Unassigned
                ? applications.Where(a => a.AssigneeId == null)
                : applications.Where(a => a.AssigneeId == assignee);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var week = now.AddDays(-7);
        var month = now.AddDays(-30);
        return filter.Age switch
        {
            ApplicationAge.Week => applications.Where(a => a.SubmittedAt >= week),
            ApplicationAge.Month => applications.Where(a => a.SubmittedAt < week && a.SubmittedAt >= month),
            ApplicationAge.Older => applications.Where(a => a.SubmittedAt < month),
            _ => applications,
        };
    }

    private static IQueryable<Application> Sorted(IQueryable<Application> applications, ApplicationSort sort) => sort switch
    {
        ApplicationSort.Oldest => applications.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id),
        ApplicationSort.Name => applications.OrderBy(a => a.AuthorityName).ThenBy(a => a.Id),
        ApplicationSort.Country => applications.OrderBy(a => a.CountryCode).ThenBy(a => a.AuthorityName).ThenBy(a => a.Id),
        _ => applications.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id),
    };
}
