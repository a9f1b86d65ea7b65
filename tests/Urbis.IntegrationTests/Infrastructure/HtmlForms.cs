using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>A page as the browser got it: status, address, parsed HTML.</summary>
public sealed record HtmlPage(HttpStatusCode Status, Uri Address, IHtmlDocument Document, HttpResponseMessage Response)
{
    public string Text => Document.Body?.TextContent ?? "";

    public string Html => Document.DocumentElement.OuterHtml;

    /// <summary>The messages shown next to fields and in the error summary.</summary>
    public IReadOnlyList<string> Errors =>
        [.. Document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, #form-errors li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct()];

    public IHtmlFormElement Form(string? selector = null) =>
        (selector is null ? Document.Forms.LastOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)) ?? Document.Forms.LastOrDefault() : Document.QuerySelector(selector) as IHtmlFormElement)
        ?? throw new InvalidOperationException($"No form {selector} on {Address}: {Text[..Math.Min(Text.Length, 500)]}");
}

/// <summary>Getting pages and submitting their forms the way a browser does (hidden fields and anti-forgery token included).</summary>
public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url, bool followRedirects = true)
    {
        var response = await client.GetAsync(url);
        return await ReadAsync(client, response, followRedirects);
    }

    /// <summary>Fills the form's fields (by name), keeps the others as they are, and submits it.</summary>
    public static async Task<HtmlPage> SubmitAsync(this HttpClient client, HtmlPage page, IReadOnlyDictionary<string, string> fields, string? formSelector = null, string? submitName = null, bool followRedirects = true)
    {
        var form = page.Form(formSelector);
        var values = form.ValuesWith(fields, submitName);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Address : new Uri(page.Address, form.GetAttribute("action"));
        var response = await client.PostAsync(action, new FormUrlEncodedContent(values));
        return await ReadAsync(client, response, followRedirects);
    }

    /// <summary>Posts raw form values (e.g. to prove what the server refuses).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> values) =>
        await client.PostAsync(url, new FormUrlEncodedContent(values));

    /// <summary>
    /// What a browser posts for the form: every named field as it stands (checked boxes only; no
    /// buttons but the one pressed, <paramref name="pressed"/>), except those in
    /// <paramref name="fields"/>, which come last with their new values.
    /// </summary>
    public static List<KeyValuePair<string, string>> ValuesWith(this IHtmlFormElement form, IReadOnlyDictionary<string, string> fields, string? pressed = null)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !fields.ContainsKey(input.Name) && input.Type is not ("submit" or "button" or "image"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        values.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name):
                    values.AddRange(select.SelectedOptions.Select(o => new KeyValuePair<string, string>(select.Name, o.Value)));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !fields.ContainsKey(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlButtonElement button when pressed is not null && button.Name == pressed:
                    values.Add(new(button.Name, button.Value));
                    break;
            }
        }

        values.AddRange(fields);
        return values;
    }

    public static string AntiforgeryToken(this HtmlPage page) =>
        page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("No anti-forgery token on " + page.Address);

    internal static async Task<HtmlPage> ReadAsync(HttpClient client, HttpResponseMessage response, bool followRedirects)
    {
        var hops = 0;
        while (followRedirects && (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location && hops++ < 10)
        {
            var next = location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
            response = await client.GetAsync(next);
        }

        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.ParseDocumentAsync(html);
        return new HtmlPage(response.StatusCode, response.RequestMessage!.RequestUri!, document, response);
    }
}
