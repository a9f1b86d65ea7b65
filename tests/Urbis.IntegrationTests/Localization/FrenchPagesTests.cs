using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.IntegrationTests.Security;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Localization;

/// <summary>
/// Every page without route parameters, opened in French by the public and by each role, looks up
/// no string that is missing from the resource files (the app records such lookups in tests).
/// </summary>
public sealed class FrenchPagesTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Every_page_renders_in_french_without_a_missing_string()
    {
        var clients = new Dictionary<string, HttpClient> { ["public"] = app.NewClient() };
        foreach (var role in Roles.All)
        {
            clients[role] = (await app.SignInAsAsync(role, language: "fr")).Client;
        }

        var pages = EndpointAccess.Of(app).Where(e => e.Methods.Contains("GET") && !e.Route.Contains('{', StringComparison.Ordinal) && !e.Route.StartsWith("/health", StringComparison.Ordinal) && e.Route != "/language").ToList();
        pages.Count.ShouldBeGreaterThan(3);
        var opened = 0;
        foreach (var (who, client) in clients)
        {
            await client.GetAsync("/language?language=fr&returnUrl=%2F");
            foreach (var page in pages)
            {
                var response = await client.GetAsync(page.Route);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    opened++;
                    (await response.Content.ReadAsStringAsync()).ShouldContain("lang=\"fr\"", customMessage: $"{who} {page.Route}");
                }
            }
        }

        opened.ShouldBeGreaterThan(pages.Count);
        app.MissingTranslations.ShouldBeEmpty();
    }
}
