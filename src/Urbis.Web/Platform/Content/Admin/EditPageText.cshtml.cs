using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Content.Admin;

/// <summary>Edit one page text in one language (Markdown), preview it, or restore the default. Administrators.</summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class EditPageTextModel(ContentRegistry registry, ContentStore store, IStringLocalizerFactory localizers, IStringLocalizer<ContentResource> l) : PageModel
{
    [BindProperty]
    public string? Markdown { get; set; }

    public string Label { get; private set; } = "";

    public Language Language { get; private set; } = Languages.Supported[0];

    public PageText Current { get; private set; } = null!;

    public IHtmlContent? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, string language, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, language, cancellationToken))
        {
            return NotFound();
        }

        Markdown = Current.Markdown;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string language, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, language, cancellationToken))
        {
            return NotFound();
        }

        if (!IsValid())
        {
            return this.InvalidForm();
        }

        await store.SaveAsync(key, Language.Code, Markdown!.Trim(), User.DisplayName(), cancellationToken);
        TempData["Status"] = l["The text is saved. It shows on the site within a minute."].Value;
        return Redirect("/admin/content");
    }

    public async Task<IActionResult> OnPostPreviewAsync(string key, string language, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, language, cancellationToken))
        {
            return NotFound();
        }

        if (!IsValid())
        {
            return this.InvalidForm();
        }

        Preview = new HtmlString(store.Preview(Markdown!));
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(string key, string language, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, language, cancellationToken))
        {
            return NotFound();
        }

        await store.ResetAsync(key, Language.Code, cancellationToken);
        TempData["Status"] = l["The default text is back."].Value;
        return Redirect("/admin/content");
    }

    private bool IsValid()
    {
        if (string.IsNullOrWhiteSpace(Markdown))
        {
            ModelState.AddModelError(nameof(Markdown), l["Enter the text. To go back to the default text, use “Restore the default text”."]);
        }
        else if (Markdown.Length > ContentBlock.MaxLength)
        {
            ModelState.AddModelError(nameof(Markdown), l["Use at most {0} characters.", ContentBlock.MaxLength.ToString("N0")]);
        }

        return ModelState.ErrorCount == 0;
    }

    private async Task<bool> LoadAsync(string key, string language, CancellationToken cancellationToken)
    {
        var definition = registry.Find(key);
        var chosen = Languages.Find(language);
        if (definition is null || chosen is null || chosen.Code != language)
        {
            return false;
        }

        (Label, Language) = (localizers.Create(definition.LabelResource)[definition.LabelKey], chosen);
        Current = await store.GetAsync(key, chosen.Code, cancellationToken);
        return true;
    }
}
