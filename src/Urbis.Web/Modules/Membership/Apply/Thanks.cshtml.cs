using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>After an application or an answer is sent: the reference number and what happens next. Anyone.</summary>
[AllowAnonymous]
internal sealed class ThanksModel : PageModel
{
    public const string ReferenceKey = "JoinReference";
    public const string EmailKey = "JoinEmail";
    public const string AnsweredKey = "JoinAnswered";

    public string? Reference { get; private set; }

    public string? Email { get; private set; }

    public bool Answered { get; private set; }

    public void OnGet()
    {
        Reference = TempData[ReferenceKey] as string;
        Email = TempData[EmailKey] as string;
        Answered = TempData[AnsweredKey] is true;
    }
}
