using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Directory.AuthorityPeople;

/// <summary>
/// Invite a colleague as a member user of the authority. The authority's coordinator, and
/// secretariat staff and administrators (with two-factor).
/// </summary>
[Authorize(Policy = Policies.AuthorityManagers)]
internal sealed class InviteColleagueModel(
    IAuthorizationService authorization,
    IAuthorityDirectory directory,
    InviteUserHandler invitations,
    AccountLabels labels,
    IStringLocalizer<DirectoryResource> l) : PageModel
{
    [BindProperty]
    public ColleagueInput Input { get; set; } = new();

    public string AuthorityName { get; private set; } = "";

    public Guid AuthorityId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var command = new InviteUser(Input.Email ?? "", Input.DisplayName ?? "", Input.Language ?? "", id, [Roles.MemberUser]);
        var result = await invitations.HandleAsync(command, cancellationToken);
        if (result.Error is not null)
        {
            foreach (var error in result.Errors)
            {
                var (field, message) = labels.Invitation(error);
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }

            return this.InvalidForm();
        }

        TempData["Status"] = l["Invitation sent to {0}.", command.Email.Trim()].Value;
        return Redirect($"/authorities/{id}/people");
    }

    /// <summary>Null when the person may invite for this authority; otherwise the refusal.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, new AuthorityResource(id), AuthorityOperations.Manage)).Succeeded)
        {
            // 403 at this address rather than a redirect: the person is signed in, and the status page says why.
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await directory.FindAsync(id, cancellationToken) is not { } authority)
        {
            return NotFound();
        }

        (AuthorityId, AuthorityName) = (authority.Id, authority.OfficialName);
        return null;
    }
}

// Nullable so that MVC adds no implicit [Required]: the handler's own rules give the messages.
internal sealed class ColleagueInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Language { get; set; } = Languages.Default;
}
