using Microsoft.AspNetCore.Html;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>
/// What the application form partial needs: the form, where it posts, its per-request values
/// (anti-forgery token, submission key; markers when the page is rendered for the cache), the
/// consent wording, and whether the applicant is amending a submitted application.
/// </summary>
internal sealed record ApplicationFormView(
    ApplicationForm Form,
    string Action,
    string AntiforgeryToken,
    string SubmissionKey,
    string? DraftToken,
    IHtmlContent ConsentHtml,
    bool Amending = false,
    string? Answer = null);
