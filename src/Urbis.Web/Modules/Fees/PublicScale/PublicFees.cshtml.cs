using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Urbis.Web.Modules.Fees.PublicScale;

/// <summary>The published fee scale of the current year and the fee calculator. Anyone: the fees are public.</summary>
[AllowAnonymous]
internal sealed class PublicFeesModel : PageModel
{
    public void OnGet()
    {
    }
}
