using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Administration.Users.Invite;

/// <summary>Invite someone with any roles, for any authority or none. Administrators.</summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class InviteModel(
    InviteUserHandler invitations,
    AuthorityPickerSearch authorities,
    AccountLabels labels,
    IStringLocalizer<AdminResource> l) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    [BindProperty(Name = AuthorityPicker.SearchField)]
    public string? AuthoritySearch { get; set; }

    [BindProperty(Name = AuthorityPicker.SearchButton)]
    public string? SearchPressed { get; set; }

    internal AuthorityPicker Picker { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadPickerAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (SearchPressed is not null)
        {
            // Looking for the authority is not submitting: no errors yet, everything typed stays.
            ModelState.Clear();
            await LoadPickerAsync(cancellationToken);
            return Page();
        }

        if (ModelState.IsValid)
        {
            var command = new InviteUser(Input.Email ?? "", Input.DisplayName ?? "", Input.Language ?? "", Input.AuthorityId, [.. Input.Roles.OfType<string>()]);
            var result = await invitations.HandleAsync(command, cancellationToken);
            if (result.Error is null)
            {
                TempData["Status"] = l["Invitation sent to {0}.", command.Email.Trim()].Value;
                return Redirect($"/admin/users/{result.UserId}");
            }

            foreach (var error in result.Errors)
            {
                var (field, message) = labels.Invitation(error);
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }
        }

        await LoadPickerAsync(cancellationToken);
        return this.InvalidForm();
    }

    private async Task LoadPickerAsync(CancellationToken cancellationToken) =>
        Picker = await authorities.LoadAsync($"{nameof(Input)}.{nameof(Input.AuthorityId)}", Input.AuthorityId, AuthoritySearch, allowNone: true, cancellationToken);
}

// Nullable so that MVC adds no implicit [Required]: the handler's own rules give the messages.
internal sealed class InviteInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Language { get; set; } = Localization.Languages.Default;

    public List<string?> Roles { get; set; } = [];

    public Guid? AuthorityId { get; set; }
}
