using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Platform.Administration.AuditLog;

/// <summary>Browse the audit log, newest first, with filters. Administrators.</summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class AuditLogModel(AuditLogQuery query, IStringLocalizer<AdminResource> l) : PageModel
{
    private const int MaxTextLength = 200;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    // Not "page": Razor Pages keeps that name for its own routing.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal AuditFilter Filter { get; private set; } = new(null, null, null, null, null, null, 1);

    internal AuditLogPage Result { get; private set; } = new([], 1, false);

    internal AuditVocabulary Vocabulary { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Vocabulary = await query.VocabularyAsync(cancellationToken);
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), l["The end date is before the start date."]);
        }

        if (!ModelState.IsValid)
        {
            // A hand-made address with a date that is not one: say so, show nothing.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Filter = new AuditFilter(From, To, Clean(Actor), Clean(EntityType), Clean(EntityId), Clean(ActionName), PageNumber);
        Result = await query.RunAsync(Filter, cancellationToken);
        return Page();
    }

    public string Link(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["from"] = Filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = Filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["actor"] = Filter.Actor,
            ["entityType"] = Filter.EntityType,
            ["entityId"] = Filter.EntityId,
            ["action"] = Filter.Action,
            ["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return "/admin/audit" + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > MaxTextLength ? t[..MaxTextLength] : text.Trim();
}
