using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.Invoices;

/// <summary>The PDF of any invoice or credit note. Finance and administrators (coordinators have their own address).</summary>
[Authorize(Policy = Policies.Finance)]
internal sealed class InvoiceFileModel(InvoiceFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await files.FileAsync(id, null, cancellationToken) is { } file ? file : NotFound();
}
