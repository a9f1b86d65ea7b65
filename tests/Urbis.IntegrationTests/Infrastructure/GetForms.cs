namespace Urbis.IntegrationTests.Infrastructure;

public static class GetForms
{
    /// <summary>Submits a GET form (filters, searches) the way a browser does: its fields become the query string.</summary>
    public static Task<HtmlPage> SubmitGetAsync(this HttpClient client, HtmlPage page, IReadOnlyDictionary<string, string> fields, string formSelector = "form[method=get]")
    {
        var form = page.Form(formSelector);
        var action = new Uri(page.Address, form.GetAttribute("action") ?? page.Address.AbsolutePath);
        var query = string.Join('&', form.ValuesWith(fields).Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
        return client.GetPageAsync(action.AbsolutePath + "?" + query);
    }
}
