using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.Invoicing;

/// <summary>Invoicing starts at the current year. Finance and administrators.</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class InvoicingIndexModel(NetworkCalendar calendar) : PageModel
{
    public IActionResult OnGet() => Redirect($"/finance/invoicing/{calendar.Year}");
}
