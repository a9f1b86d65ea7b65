using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Directory.AuthorityPeople;

/// <summary>"My authority" in the menu: sends coordinators to their own authority's people. Coordinators.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class MyAuthorityModel : PageModel
{
    // Invitations give every coordinator an authority; an account without one has nothing to manage.
    public IActionResult OnGet() =>
        User.AuthorityId() is { } id ? Redirect($"/authorities/{id}/people") : Redirect(Homes.Members);
}
