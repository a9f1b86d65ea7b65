using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Platform.Administration.Users.List;

/// <summary>All accounts: search, filters, sort and pages. Administrators.</summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class UsersModel(UsersQuery query) : PageModel
{
    private const int MaxSearchLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Authority { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // Not "page": Razor Pages keeps that name for its own routing.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal UserFilter Filter { get; private set; } = new(null, null, null, null, UserSort.Name, 1);

    internal UserList Result { get; private set; } = new([], new Dictionary<AccountStatus, int>(), 0, 1, 1);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Unknown values in a hand-edited address are ignored: the list shows everything instead.
        Filter = new UserFilter(
            Trim(Search),
            Roles.All.Contains(Role ?? "") ? Role : null,
            Enum.TryParse<AccountStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null,
            Trim(Authority),
            Enum.TryParse<UserSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : UserSort.Name,
            PageNumber);
        Result = await query.RunAsync(Filter, cancellationToken);
    }

    /// <summary>This list's address with the current filters and some of them replaced.</summary>
    public string Link(AccountStatus? status = null, bool allStatuses = false, int page = 1)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Filter.Search,
            ["role"] = Filter.Role,
            ["status"] = allStatuses ? null : (status ?? Filter.Status)?.ToString(),
            ["authority"] = Filter.Authority,
            ["sort"] = Filter.Sort == UserSort.Name ? null : Filter.Sort.ToString(),
            ["p"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return "/admin/users" + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static string? Trim(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > MaxSearchLength ? t[..MaxSearchLength] : text.Trim();
}
