using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Directory.AuthorityPeople;

/// <summary>
/// An authority's people: its accounts, and deactivating or reactivating its member users (not
/// oneself). The authority's coordinator, and secretariat staff and administrators (with
/// two-factor) for any authority. Others get 403 before anything tells whether the authority exists.
/// </summary>
[Authorize(Policy = Policies.AuthorityManagers)]
internal sealed class PeopleModel(
    PeopleQuery query,
    IAuthorizationService authorization,
    AccountActivationHandler activation,
    AccountLabels labels,
    IStringLocalizer<DirectoryResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public Guid UserId { get; set; }

    internal AuthorityPeoplePage Result { get; private set; } = null!;

    public Guid? Me => User.UserId();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(id))
        {
            return Refused();
        }

        return await ShowAsync(id, invalid: false, cancellationToken);
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor => activation.HandleAsync(new DeactivateUser(UserId, actor), cancellationToken), l["The account is deactivated: it can no longer sign in."], cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor => activation.HandleAsync(new ReactivateUser(UserId, actor), cancellationToken), l["The account is active again."], cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Guid, Task<AccountChangeError?>> change, string success, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(id))
        {
            return Refused();
        }

        if (await query.MemberOfAsync(id, UserId, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        var actor = User.UserId() ?? throw new InvalidOperationException("Signed in without an id.");
        var error = person.Id == actor ? AccountChangeError.OwnAccount
            : person.Roles is not [Roles.MemberUser] ? AccountChangeError.NotAMemberUser
            : await change(actor);
        if (error is null)
        {
            TempData["Status"] = success;
            return Redirect($"/authorities/{id}/people");
        }

        ModelState.AddModelError(string.Empty, labels.Error(error.Value));
        return await ShowAsync(id, invalid: true, cancellationToken);
    }

    // 403 at this address rather than a redirect: the person is signed in, and the status page says why.
    private StatusCodeResult Refused() => StatusCode(StatusCodes.Status403Forbidden);

    private async Task<bool> MayManageAsync(Guid id) =>
        (await authorization.AuthorizeAsync(User, new AuthorityResource(id), AuthorityOperations.Manage)).Succeeded;

    private async Task<IActionResult> ShowAsync(Guid id, bool invalid, CancellationToken cancellationToken)
    {
        if (await query.RunAsync(id, PageNumber, cancellationToken) is not { } result)
        {
            return NotFound();
        }

        Result = result;
        return invalid ? this.InvalidForm() : Page();
    }
}
