using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Platform.Content.Admin;

internal sealed record PageTextRow(string Key, string Label, string Language, DateTime? UpdatedAt, string? UpdatedBy);

/// <summary>The editable page texts, in each language, and whether they were changed. Administrators.</summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class PageTextsModel(ContentRegistry registry, AppDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    internal IReadOnlyList<PageTextRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var changed = await db.Set<ContentBlock>().AsNoTracking()
            .Select(c => new { c.Key, c.Language, c.UpdatedAt, c.UpdatedBy })
            .ToListAsync(cancellationToken);
        Rows = [.. registry.All.SelectMany(d => Languages.Supported.Select(language =>
        {
            var row = changed.FirstOrDefault(c => c.Key == d.Key && c.Language == language.Code);
            return new PageTextRow(d.Key, localizers.Create(d.LabelResource)[d.LabelKey], language.Code, row?.UpdatedAt, row?.UpdatedBy);
        }))];
    }
}
