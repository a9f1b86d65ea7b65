using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using System.Security.Claims;

namespace Urbis.Web.Platform.Web;

/// <summary>An entry of the main navigation, shown to those its policy admits (null: everyone).</summary>
internal sealed record NavItem(string LabelKey, Type Resource, string Href, string? Policy, int Order, bool AnonymousOnly = false);

/// <summary>Each module declares its own navigation entries (and nothing else decides them).</summary>
internal interface INavigationContributor
{
    IEnumerable<NavItem> Items();
}

internal sealed record NavLink(string Label, string Href);

/// <summary>Builds the navigation for the current person from every module's entries.</summary>
internal sealed class NavigationMenu(
    IEnumerable<INavigationContributor> contributors,
    IAuthorizationService authorization,
    IStringLocalizerFactory localizers)
{
    private readonly IReadOnlyList<NavItem> items = [.. contributors.SelectMany(c => c.Items()).OrderBy(i => i.Order)];

    public async Task<IReadOnlyList<NavLink>> ForAsync(ClaimsPrincipal user)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        var links = new List<NavLink>();
        foreach (var item in items)
        {
            if (item.AnonymousOnly && signedIn)
            {
                continue;
            }

            if (item.Policy is null || (signedIn && (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded))
            {
                links.Add(new NavLink(localizers.Create(item.Resource)[item.LabelKey], item.Href));
            }
        }

        return links;
    }
}
