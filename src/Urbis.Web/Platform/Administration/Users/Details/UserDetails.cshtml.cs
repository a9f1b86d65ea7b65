using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Administration.Users.Details;

/// <summary>
/// One account: its details, roles, authority and access; every change is one small form
/// (post/redirect/get) and ends the account's sessions. Administrators.
/// </summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class UserDetailsModel(
    UserDetailsQuery query,
    ChangeRolesHandler roles,
    AccountActivationHandler activation,
    ChangeAuthorityHandler authority,
    ResendInvitationHandler invitation,
    AuthorityPickerSearch authorities,
    AccountLabels labels,
    IStringLocalizer<AdminResource> l) : PageModel
{
    public const string AuthorityField = nameof(AuthorityId);

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public Guid? AuthorityId { get; set; }

    [BindProperty(Name = AuthorityPicker.SearchField)]
    public string? AuthoritySearch { get; set; }

    [BindProperty(Name = AuthorityPicker.SearchButton)]
    public string? SearchPressed { get; set; }

    internal UserDetails Account { get; private set; } = null!;

    internal AuthorityPicker Picker { get; private set; } = null!;

    public bool IsSelf => Account.Id == User.UserId();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAssignRoleAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, roles.HandleAsync(new AssignRole(id, Role ?? "", Actor), cancellationToken), () => l["Role “{0}” given.", labels.Role(Role!)], cancellationToken);

    public Task<IActionResult> OnPostRemoveRoleAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, roles.HandleAsync(new RemoveRole(id, Role ?? "", Actor), cancellationToken), () => l["Role “{0}” removed.", labels.Role(Role!)], cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, activation.HandleAsync(new DeactivateUser(id, Actor), cancellationToken), () => l["The account is deactivated: its sessions have ended and it can no longer sign in."], cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, activation.HandleAsync(new ReactivateUser(id, Actor), cancellationToken), () => l["The account is active again."], cancellationToken);

    public Task<IActionResult> OnPostResendInvitationAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, invitation.HandleAsync(new ResendInvitation(id, Actor), cancellationToken), () => l["A new invitation is on its way; the link of the earlier one no longer works."], cancellationToken);

    public async Task<IActionResult> OnPostAuthorityAsync(Guid id, CancellationToken cancellationToken)
    {
        if (SearchPressed is not null)
        {
            ModelState.Clear();
            return await ShowAsync(id, cancellationToken, AuthorityId);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, cancellationToken, AuthorityId, invalid: true);
        }

        return await ChangeAsync(id, authority.HandleAsync(new ChangeAuthority(id, AuthorityId, Actor), cancellationToken), () => l["The account's authority is changed."], cancellationToken, AuthorityField);
    }

    private Guid Actor => User.UserId() ?? throw new InvalidOperationException("Signed in without an id.");

    private async Task<IActionResult> ChangeAsync(Guid id, Task<AccountChangeError?> change, Func<string> success, CancellationToken cancellationToken, string errorKey = "")
    {
        switch (await change)
        {
            case null:
                TempData["Status"] = success();
                return Redirect($"/admin/users/{id}");
            case AccountChangeError.NotFound:
                return NotFound();
            case { } error:
                ModelState.AddModelError(errorKey, labels.Error(error));
                return await ShowAsync(id, cancellationToken, AuthorityId, invalid: true);
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken, Guid? chosenAuthority = null, bool invalid = false)
    {
        if (await query.FindAsync(id, cancellationToken) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        Picker = await authorities.LoadAsync(AuthorityField, chosenAuthority ?? account.Authority?.Id, AuthoritySearch, allowNone: true, cancellationToken);
        return invalid ? this.InvalidForm() : Page();
    }
}
