using AngleSharp.Html.Dom;

namespace Urbis.IntegrationTests.Infrastructure;

public static class GetForms
{
    /// <summary>Submits a GET form (filters, searches) the way a browser does: its fields become the query string.</summary>
    public static Task<HtmlPage> SubmitGetAsync(this HttpClient client, HtmlPage page, IReadOnlyDictionary<string, string> fields, string formSelector = "form[method=get]")
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form {formSelector} on {page.Address}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !fields.ContainsKey(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        values.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name):
                    values.AddRange(select.SelectedOptions.Select(o => new KeyValuePair<string, string>(select.Name, o.Value)));
                    break;
            }
        }

        values.AddRange(fields);
        var action = new Uri(page.Address, form.GetAttribute("action") ?? page.Address.AbsolutePath);
        var query = string.Join('&', values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
        return client.GetPageAsync(action.AbsolutePath + "?" + query);
    }
}
