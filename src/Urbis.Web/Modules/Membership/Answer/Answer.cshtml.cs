using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Answer;

/// <summary>
/// The private link of a request for information: the secretariat's message, the answer, and the
/// application to correct or complete. Anyone holding a live link (no account needed); posts are
/// rate-limited. An unknown, forged, used or expired link gets one and the same answer (404).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
[FormStepHandlers("AddPartner")]
internal sealed class AnswerModel(AnswerRequestHandler handler, IAntiforgery antiforgery, NetworkCalendar date, IStringLocalizer<MembershipResource> l, IStringLocalizer<AccountResource> accountTexts) : PageModel
{
    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    [BindProperty]
    public string? Answer { get; set; }

    internal Application? Application { get; private set; }

    internal ApplicationFormView FormView => new(
        Form,
        Request.Path,
        antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "",
        Guid.Empty.ToString(),
        null,
        Microsoft.AspNetCore.Html.HtmlString.Empty,
        Amending: true,
        Answer: Answer);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } application)
        {
            return LinkNotValid();
        }

        Form = ApplicationForm.From(application.Answers).WithBlankPartnerRows(1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } application)
        {
            return LinkNotValid();
        }

        var check = ApplicationFormRules.Check(Form, date.Today, l, accountTexts);
        var errors = check.Errors.ToList();
        var text = Apply.FormValues.Text(Answer);
        if (text is null || text.Length > ApplicationEvent.TextMaxLength)
        {
            errors.Insert(0, new FieldError(nameof(Answer), text is null
                ? l["Write your answer to the secretariat."]
                : l["Use at most {0} characters (you wrote {1}).", ApplicationEvent.TextMaxLength.ToString("N0"), text.Length.ToString("N0")]));
        }

        if (errors.Count > 0 || !check.IsValid)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }

            Form.WithBlankPartnerRows(1);
            return this.InvalidForm();
        }

        if (await handler.HandleAsync(application, new AnswerRequest(token, check.Answers!, text!), cancellationToken) is not null)
        {
            return LinkNotValid();
        }

        TempData[ThanksModel.AnsweredKey] = true;
        TempData[ThanksModel.ReferenceKey] = application.Reference;
        return Redirect("/join/thanks");
    }

    /// <summary>One more empty partner row (without script).</summary>
    public async Task<IActionResult> OnPostAddPartnerAsync(string token, string? sector, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is null)
        {
            return LinkNotValid();
        }

        ModelState.Clear();
        Form.WithBlankPartnerRows(1);
        if (Enum.TryParse<PartnerSector>(sector, out var chosen) && Enum.IsDefined(chosen) && Form.PartnersOf(chosen).Count < ApplicationForm.PartnersPerSector)
        {
            Form.PartnersOf(chosen).Add(new PartnerInput());
        }

        return Page();
    }

    private async Task<Application?> FindAsync(string token, CancellationToken cancellationToken) =>
        Application = await handler.FindAsync(token, cancellationToken);

    private PageResult LinkNotValid()
    {
        Application = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
