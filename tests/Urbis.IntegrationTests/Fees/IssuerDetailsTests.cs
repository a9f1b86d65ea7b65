using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Fees;

/// <summary>Finance is warned before issuing invoices that would carry the demo bank account.</summary>
public sealed class DemoIssuerTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_preview_warns_while_the_networks_details_are_the_demo_ones()
    {
        var finance = await app.FinanceWithScaleAsync();
        var preview = await finance.GetPageAsync($"/finance/invoicing/{app.ThisYear}");
        preview.Document.QuerySelector("[data-testid=demo-issuer]")!.TextContent.ShouldContain("demo bank account");
    }
}

/// <summary>Urbis with the network's own bank account configured, as in production.</summary>
public sealed class ConfiguredIssuerApp : UrbisApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Fees:Issuer:Iban"] = "DE89 3704 0044 0532 0130 00" };
}

public sealed class ConfiguredIssuerTests(ConfiguredIssuerApp app) : IClassFixture<ConfiguredIssuerApp>
{
    [Fact]
    public async Task The_preview_does_not_warn_once_the_networks_account_is_configured()
    {
        var finance = await app.FinanceWithScaleAsync();
        var preview = await finance.GetPageAsync($"/finance/invoicing/{app.ThisYear}");
        preview.Status.ShouldBe(System.Net.HttpStatusCode.OK);
        preview.Document.QuerySelector("[data-testid=demo-issuer]").ShouldBeNull();
        preview.Document.QuerySelector("[data-testid=run-summary]").ShouldNotBeNull();
    }
}
