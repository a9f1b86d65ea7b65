using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>Tells an applicant, politely, that their authority is already a member or already applied. Anyone.</summary>
[AllowAnonymous]
internal sealed class KnownModel : PageModel
{
    public const string KindKey = "JoinKnownKind";
    public const string NameKey = "JoinKnownName";

    public KnownAs? Kind { get; private set; }

    public string Name { get; private set; } = "";

    public void OnGet()
    {
        Kind = Enum.TryParse<KnownAs>(TempData[KindKey] as string, out var kind) ? kind : null;
        Name = TempData[NameKey] as string ?? "";
    }
}
