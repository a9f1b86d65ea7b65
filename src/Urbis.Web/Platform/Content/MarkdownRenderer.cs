using Ganss.Xss;
using Markdig;

namespace Urbis.Web.Platform.Content;

/// <summary>
/// Markdown to HTML that is safe to show: raw HTML in the text is escaped by Markdig, and the
/// result passes HtmlSanitizer anyway (it also drops javascript: links), so an edited text can
/// never run script in a visitor's browser.
/// </summary>
internal sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer sanitizer = new();

    public string ToHtml(string markdown) => sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
