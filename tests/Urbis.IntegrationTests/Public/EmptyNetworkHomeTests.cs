using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Public;

/// <summary>A network that has no member yet (a new installation) is presented without counting "0 authorities from 0 countries".</summary>
public sealed class EmptyNetworkHomeTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Theory]
    [InlineData("en", "brings together local and regional authorities that work together on crime prevention and urban security.")]
    [InlineData("fr", "réunit des collectivités locales et régionales qui travaillent ensemble à la prévention de la délinquance et à la sécurité urbaine.")]
    public async Task The_home_page_of_a_network_without_members_gives_no_count(string language, string expected)
    {
        var client = app.NewClient();
        await client.GetAsync($"/language?language={language}&returnUrl=%2F");

        var lead = (await client.GetPageAsync("/")).Document.QuerySelector(".hero .lead")!.TextContent.Trim();

        lead.ShouldEndWith(expected);
        lead.ShouldNotContain(" 0 ");
    }
}
