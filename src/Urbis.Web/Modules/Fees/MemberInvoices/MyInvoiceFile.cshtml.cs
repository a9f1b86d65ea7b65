using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Modules.Fees.Invoices;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Modules.Fees.MemberInvoices;

/// <summary>
/// The PDF of one of the coordinator's own authority's invoices. Coordinators only; an invoice of
/// another authority answers 403 like one that does not exist, so nothing tells them apart.
/// </summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class MyInvoiceFileModel(InvoiceFiles files, IAuthorizationService authorization) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.AuthorityId() is not { } authorityId
            || !(await authorization.AuthorizeAsync(User, new AuthorityResource(authorityId), AuthorityOperations.Manage)).Succeeded
            || await files.FileAsync(id, authorityId, cancellationToken) is not { } file)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Response.Headers.CacheControl = "private, no-store";
        return file;
    }
}
