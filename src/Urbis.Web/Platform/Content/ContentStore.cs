using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Content;

/// <summary>A page text ready to show: its Markdown source and its sanitised HTML.</summary>
internal sealed record PageText(string Markdown, IHtmlContent Html, bool IsDefault, DateTime? UpdatedAt, string? UpdatedBy);

/// <summary>
/// Reads and changes page texts. A text is kept in memory for a minute: an edit shows at once on
/// the node that saved it and within a minute on the others.
/// </summary>
internal sealed class ContentStore(
    AppDbContext db,
    IMemoryCache cache,
    ContentRegistry registry,
    MarkdownRenderer renderer,
    ContentGeneration generation,
    TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    public async Task<PageText> GetAsync(string key, string language, CancellationToken cancellationToken)
    {
        var definition = registry.Find(key) ?? throw new InvalidOperationException($"Unknown page text {key}.");
        return (await cache.GetOrCreateAsync(CacheKey(key, language), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            var row = await db.Set<ContentBlock>().AsNoTracking()
                .FirstOrDefaultAsync(c => c.Key == key && c.Language == language, cancellationToken);
            var markdown = row?.Markdown ?? definition.Default(language);
            return new PageText(markdown, new HtmlString(renderer.ToHtml(markdown)), row is null, row?.UpdatedAt, row?.UpdatedBy);
        }))!;
    }

    public async Task SaveAsync(string key, string language, string markdown, string by, CancellationToken cancellationToken)
    {
        var row = await db.Set<ContentBlock>().FirstOrDefaultAsync(c => c.Key == key && c.Language == language, cancellationToken);
        if (row is null)
        {
            row = new ContentBlock { Key = key, Language = language };
            db.Add(row);
        }

        row.Markdown = markdown;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = by;
        await db.SaveChangesAsync(cancellationToken);
        Forget(key, language);
    }

    /// <summary>Goes back to the module's default text.</summary>
    public async Task ResetAsync(string key, string language, CancellationToken cancellationToken)
    {
        var row = await db.Set<ContentBlock>().FirstOrDefaultAsync(c => c.Key == key && c.Language == language, cancellationToken);
        if (row is not null)
        {
            db.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
        }

        Forget(key, language);
    }

    public string Preview(string markdown) => renderer.ToHtml(markdown);

    private void Forget(string key, string language)
    {
        cache.Remove(CacheKey(key, language));
        generation.Next();
    }

    private static (string, string, string) CacheKey(string key, string language) => ("page-text", key, language);
}
