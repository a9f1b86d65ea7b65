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
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Join;

/// <summary>
/// The public join page: why and on what conditions to join, this year's fees with a calculator (the fees module's <c>FeeScale</c> view component),
/// and the application form (submit, or save to finish later). Anyone; posts are rate-limited per
/// client, and a filled honeypot field is answered as a success without saving anything.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
[FormStepHandlers("AddPartner")]
[ServiceFilter(typeof(JoinPageCache))]
internal sealed partial class JoinModel(
    JoinPageQuery query,
    SubmitApplicationHandler submit,
    SaveDraftHandler drafts,
    IAntiforgery antiforgery,
    NetworkCalendar date,
    IStringLocalizer<MembershipResource> l,
    IStringLocalizer<AccountResource> accountTexts,
    ILogger<JoinModel> logger) : PageModel
{
    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    [BindProperty]
    public string? SubmissionKey { get; set; }

    [BindProperty]
    public string? DraftToken { get; set; }

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    [BindProperty]
    public string? Homepage { get; set; }

    internal JoinPageContent Texts { get; private set; } = null!;

    /// <summary>A saved draft is being continued: the page shows the form only.</summary>
    public bool Resuming => !string.IsNullOrEmpty(DraftToken);

    internal ApplicationFormView FormView
    {
        get
        {
            var forCache = JoinPageCache.IsRenderingForCache(HttpContext);
            return new ApplicationFormView(
                Form,
                "/join",
                forCache ? JoinPageCache.TokenMarker : antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "",
                forCache ? JoinPageCache.KeyMarker : SubmissionKey ?? Guid.NewGuid().ToString(),
                DraftToken,
                Texts.Consent.Html);
        }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Form.PreferredLanguage ??= Languages.Current.Code;
        Form.WithBlankPartnerRows(2);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Homepage))
        {
            return Honeypot();
        }

        await LoadAsync(cancellationToken);
        var check = ApplicationFormRules.Check(Form, date.Today, l, accountTexts);
        if (!check.IsValid)
        {
            return Invalid(check.Errors);
        }

        var key = Guid.TryParse(SubmissionKey, out var parsed) ? parsed : Guid.NewGuid();
        var consent = await query.ConsentWordingAsync(Languages.Current.Code, cancellationToken);
        var result = await submit.HandleAsync(new SubmitApplication(key, check.Answers!, consent, DraftToken), cancellationToken);
        if (result.Known is { } known)
        {
            TempData[KnownModel.KindKey] = known.Kind.ToString();
            TempData[KnownModel.NameKey] = known.Name;
            return Redirect("/join/known");
        }

        TempData[ThanksModel.ReferenceKey] = result.Reference;
        TempData[ThanksModel.EmailKey] = result.Email;
        return Redirect("/join/thanks");
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Homepage))
        {
            return Honeypot();
        }

        var email = Form.Applicant.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !DeliverableEmailAttribute.IsDeliverable(email))
        {
            await LoadAsync(cancellationToken);
            return Invalid([new FieldError("Form.Applicant.Email", l["To save the form, enter your e-mail address: we send you the link to come back to it."])]);
        }

        if (await drafts.HandleAsync(new SaveDraft(DraftToken, email, Languages.Current.Code, Form), cancellationToken) is not { } token)
        {
            await LoadAsync(cancellationToken);
            return Invalid([new FieldError(string.Empty, l["The form is too long to be saved: shorten the longest answers (at most 4,000 characters each)."])]);
        }

        TempData["Status"] = l["Saved. We have e-mailed a private link to {0}: open it to come back to your application within {1} days.", email, (int)ApplicationDraft.Lifetime.TotalDays].Value;
        return Redirect($"/join/resume/{token}");
    }

    /// <summary>One more empty partner row (without script; the script adds rows in the browser).</summary>
    public async Task<IActionResult> OnPostAddPartnerAsync(string? sector, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        Form.WithBlankPartnerRows(1);
        if (Enum.TryParse<PartnerSector>(sector, out var chosen) && Enum.IsDefined(chosen) && Form.PartnersOf(chosen).Count < ApplicationForm.PartnersPerSector)
        {
            Form.PartnersOf(chosen).Add(new PartnerInput());
        }

        return Page();
    }

    private PageResult Invalid(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        Form.WithBlankPartnerRows(1);
        return this.InvalidForm();
    }

    // Looks like a success to the robot; nothing is stored or sent.
    private RedirectResult Honeypot()
    {
        LogHoneypot(logger);
        return Redirect("/join/thanks");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Texts = await query.LoadAsync(Languages.Current.Code, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "The application form's honeypot field was filled; nothing was saved")]
    private static partial void LogHoneypot(ILogger logger);
}
