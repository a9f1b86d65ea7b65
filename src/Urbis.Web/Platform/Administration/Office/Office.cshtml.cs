using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Administration.AuditLog;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Platform.Administration.Office;

/// <summary>
/// The back office's home: the network and its accounts at a glance; administrators also see the
/// latest audit entries. Secretariat staff, finance and administrators.
/// </summary>
[Authorize(Policy = Policies.BackOffice)]
internal sealed class OfficeModel(OfficeQuery query, IMembershipFigures membership, IAuthorizationService authorization) : PageModel
{
    internal NetworkFigures Network { get; private set; } = new(0, 0, []);

    internal AccountFigures Accounts { get; private set; } = new([], 0, 0);

    internal IReadOnlyList<AuditEntryView>? LatestAudit { get; private set; }

    public bool IsAdministrator { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Network = await membership.GetAsync(cancellationToken);
        Accounts = await query.AccountsAsync(cancellationToken);
        IsAdministrator = (await authorization.AuthorizeAsync(User, Policies.Administration)).Succeeded;
        if (IsAdministrator)
        {
            LatestAudit = await query.LatestAuditAsync(cancellationToken);
        }
    }
}
