using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform.Mail;

/// <summary>
/// Renders an e-mail from a Razor template that lives beside its use case. Razor encodes every
/// value, so text typed by users cannot inject markup into e-mails. The template sets
/// <c>ViewData["Subject"]</c>; the plain-text part is derived from the HTML.
/// </summary>
internal sealed partial class MailRenderer(IRazorViewEngine viewEngine, ITempDataProvider tempData, IServiceProvider services)
{
    public async Task<RenderedMail> RenderAsync<TModel>(string template, TModel model, string language)
    {
        var culture = CultureInfo.GetCultureInfo((Languages.Find(language) ?? Languages.Supported[0]).CultureName);
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            var httpContext = new DefaultHttpContext { RequestServices = services };
            var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
            var result = viewEngine.GetView(executingFilePath: null, viewPath: template, isMainPage: true);
            if (!result.Success)
            {
                throw new InvalidOperationException($"Mail template '{template}' was not found.");
            }

            await using var writer = new StringWriter();
            var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
            var viewContext = new ViewContext(actionContext, result.View, viewData, new TempDataDictionary(httpContext, tempData), writer, new HtmlHelperOptions());
            await result.View.RenderAsync(viewContext);
            var html = writer.ToString();
            var subject = (viewContext.ViewData["Subject"] ?? viewData["Subject"])?.ToString() ?? throw new InvalidOperationException($"Mail template '{template}' sets no subject.");
            return new RenderedMail(subject, html, ToText(html));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    /// <summary>A readable plain-text alternative: links keep their address, blocks become lines.</summary>
    internal static string ToText(string html)
    {
        var text = HeadOrStyle().Replace(html, "");
        text = Link().Replace(text, m => $"{m.Groups["text"].Value} ( {WebUtility.HtmlDecode(m.Groups["href"].Value)} )");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ");
        text = BlankLines().Replace(text, "\n\n");
        return string.Join('\n', text.Split('\n').Select(l => l.Trim())).Trim() + "\n";
    }

    [GeneratedRegex("<(head|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HeadOrStyle();

    [GeneratedRegex("<a\\s[^>]*href=\"(?<href>[^\"]*)\"[^>]*>(?<text>.*?)</a>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex("<br\\s*/?>|</(p|div|h[1-6]|li|tr|table)>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("[ \\t\\r]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\\n\\s*\\n(\\s*\\n)+")]
    private static partial Regex BlankLines();
}

internal sealed record RenderedMail(string Subject, string Html, string Text);
