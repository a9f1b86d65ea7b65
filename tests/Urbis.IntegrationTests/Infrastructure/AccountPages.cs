using System.Net;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>Using an account's page (/admin/users/{id}) the way an administrator does.</summary>
public static class AccountPages
{
    /// <summary>Submits one of the page's forms (by CSS selector) and returns the page shown afterwards.</summary>
    public static async Task<HtmlPage> ChangeAccountAsync(this HttpClient admin, Guid userId, string formSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await admin.GetPageAsync($"/admin/users/{userId}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        return await admin.SubmitAsync(page, fields ?? new Dictionary<string, string>(), formSelector);
    }

    /// <summary>Posts a handler of an account page directly, as a hand-made request would.</summary>
    public static async Task<HtmlPage> PostAccountAsync(this HttpClient admin, Guid userId, string handler, IReadOnlyDictionary<string, string> fields)
    {
        var page = await admin.GetPageAsync($"/admin/users/{userId}");
        var values = fields.Append(new("__RequestVerificationToken", page.AntiforgeryToken()));
        var response = await admin.PostFormAsync($"/admin/users/{userId}?handler={handler}", values);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
        return new HtmlPage(response.StatusCode, response.RequestMessage!.RequestUri!, document, response);
    }

    public static IReadOnlyList<string> Roles(this HtmlPage accountPage) =>
        [.. accountPage.Document.QuerySelectorAll("[data-testid=roles] .badge").Select(b => b.TextContent.Trim())];

    public static string Status(this HtmlPage accountPage) =>
        accountPage.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim();

    /// <summary>The success message of the last change.</summary>
    public static string? Notice(this HtmlPage page) =>
        page.Document.QuerySelector("main .alert-success")?.TextContent.Trim();
}
