using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Join;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>
/// The private link of a saved draft: the form as it was saved (it posts to /join). Anyone holding
/// the link. An unknown, forged or expired link gets one and the same answer (404).
/// </summary>
[AllowAnonymous]
internal sealed class ResumeModel(AppDbContext db, JoinPageQuery query, IAntiforgery antiforgery, TimeProvider clock) : PageModel
{
    internal ApplicationFormView? Form { get; private set; }

    public bool AlreadySent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = PrivateLink.HashOf(token) is { } hash
            ? await db.Set<ApplicationDraft>().AsNoTracking().FirstOrDefaultAsync(d => d.TokenHash == hash && d.ExpiresAt > now, cancellationToken)
            : null;
        if (draft is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (draft.ApplicationId is not null)
        {
            AlreadySent = true;
            return Page();
        }

        var form = SaveDraftHandler.Read(draft).WithBlankPartnerRows(1);
        form.PreferredLanguage ??= Languages.Current.Code;
        var content = await query.LoadAsync(Languages.Current.Code, cancellationToken);
        Form = new ApplicationFormView(form, "/join", antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "", Guid.NewGuid().ToString(), token, content.Consent.Html);
        return Page();
    }
}
