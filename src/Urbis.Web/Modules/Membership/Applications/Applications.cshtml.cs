using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Membership.Applications;

/// <summary>Applications to join: search, filter by state, country, age and assignee, sort, page; counts per state. Secretariat staff and administrators.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class ApplicationsModel(ApplicationsQuery query, StaffMembers staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    /// <summary>"me", "none" or a staff member's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Assignee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal ApplicationFilter Filter { get; private set; } = new(null, null, null, null, ApplicationSort.Newest, 1);

    internal ApplicationList Result { get; private set; } = new([], new Dictionary<ApplicationState, int>(), 0, 1, 1);

    internal IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Unknown values in a hand-edited address are ignored: the list shows everything instead.
        Filter = new ApplicationFilter(
            Parse<ApplicationState>(State),
            Countries.Exists(Country) ? Country!.ToUpperInvariant() : null,
            Parse<ApplicationAge>(Age),
            Assignee switch
            {
                "me" => User.UserId(),
                "none" => ApplicationFilter.Unassigned,
                _ => Guid.TryParse(Assignee, out var id) ? id : null,
            },
            Parse<ApplicationSort>(Sort) ?? ApplicationSort.Newest,
            PageNumber,
            Search is { Length: > ApplicationFilter.SearchMaxLength } ? Search[..ApplicationFilter.SearchMaxLength] : Search);
        Result = await query.RunAsync(Filter, cancellationToken);
        Staff = await staff.AllAsync(cancellationToken);
    }

    /// <summary>This list's address with the current filters and some of them replaced.</summary>
    public string Link(ApplicationState? state = null, bool allStates = false, int page = 1)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Filter.Search,
            ["state"] = allStates ? null : (state ?? Filter.State)?.ToString(),
            ["country"] = Filter.Country,
            ["age"] = Filter.Age?.ToString(),
            ["assignee"] = Assignee,
            ["sort"] = Filter.Sort == ApplicationSort.Newest ? null : Filter.Sort.ToString(),
            ["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return "/office/applications" + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static T? Parse<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value!.Any(char.IsDigit) ? parsed : null;
}
