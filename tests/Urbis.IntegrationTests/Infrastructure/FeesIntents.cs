using System.Net;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>Intents of the fees tests: members with a population and a finance contact, a published scale, an annual run.</summary>
public partial class UrbisApp
{
    private readonly SemaphoreSlim feesSetup = new(1, 1);
    private HttpClient? financeWithScale;

    /// <summary>One finance officer for the test class, with this year's scale published once (tests of a class share the app).</summary>
    public async Task<HttpClient> FinanceWithScaleAsync()
    {
        await feesSetup.WaitAsync();
        try
        {
            if (financeWithScale is null)
            {
                var finance = (await SignInAsAsync(Roles.Finance)).Client;
                await PublishScaleAsync(finance, ThisYear);
                financeWithScale = finance;
            }

            return financeWithScale;
        }
        finally
        {
            feesSetup.Release();
        }
    }

    /// <summary>Issues this year's invoices (one at a time per app: runs of one year do not overlap).</summary>
    public async Task IssueThisYearAsync()
    {
        var finance = await FinanceWithScaleAsync();
        await feesSetup.WaitAsync();
        try
        {
            await IssueInvoicesAsync(finance, ThisYear);
        }
        finally
        {
            feesSetup.Release();
        }
    }

    /// <summary>
    /// A finance officer publishes a scale for the year through the pages: a blank draft, full
    /// members by bands (1–100,000: 2,000; 100,001–250,000: 4,500; 250,001+: 9,000), published.
    /// </summary>
    public async Task PublishScaleAsync(HttpClient finance, int year, JoinerRuleName joinerRule = JoinerRuleName.ProRataByQuarter)
    {
        var created = await finance.SubmitAsync(await finance.GetPageAsync("/finance/fees/new"), new Dictionary<string, string>
        {
            ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.CopyFrom"] = "",
        });
        created.Status.ShouldBe(HttpStatusCode.OK, created.Text);
        var saved = await finance.SubmitAsync(created, new Dictionary<string, string>
        {
            ["Form.JoinerRule"] = joinerRule.ToString(),
            ["Form.Categories[0].Bands[0].From"] = "1",
            ["Form.Categories[0].Bands[0].To"] = "100000",
            ["Form.Categories[0].Bands[0].Amount"] = "2000",
            ["Form.Categories[0].Bands[1].From"] = "100001",
            ["Form.Categories[0].Bands[1].To"] = "250000",
            ["Form.Categories[0].Bands[1].Amount"] = "4500",
            ["Form.Categories[0].Bands[2].From"] = "250001",
            ["Form.Categories[0].Bands[2].To"] = "",
            ["Form.Categories[0].Bands[2].Amount"] = "9000",
        }, "form[data-testid=schedule-form]");
        saved.Errors.ShouldBeEmpty();
        var published = await finance.SubmitAsync(saved, new Dictionary<string, string> { ["Confirm"] = "true" }, "form[data-testid=publish-form]");
        published.Errors.ShouldBeEmpty();
        published.Document.QuerySelector("[data-testid=schedule-status]")!.TextContent.ShouldStartWith("Published");
    }

    /// <summary>Issues the year's invoices from the preview page and waits for the run to finish; returns the run's page.</summary>
    public async Task<HtmlPage> IssueInvoicesAsync(HttpClient finance, int year)
    {
        var preview = await finance.GetPageAsync($"/finance/invoicing/{year}");
        var started = await finance.SubmitAsync(preview, new Dictionary<string, string>(), "form[data-testid=issue-form]");
        started.Address.AbsolutePath.ShouldStartWith("/finance/invoicing/runs/");
        return await WaitForRunAsync(finance, started.Address.AbsolutePath);
    }

    /// <summary>Asks the run page's progress until the run is over (the background worker does the work).</summary>
    public static async Task<HtmlPage> WaitForRunAsync(HttpClient finance, string runPath)
    {
        for (var i = 0; i < 600; i++)
        {
            using var progress = await finance.GetAsync(runPath + "?handler=Progress");
            var json = System.Text.Json.JsonDocument.Parse(await progress.Content.ReadAsStringAsync());
            if (json.RootElement.GetProperty("done").GetBoolean())
            {
                return await finance.GetPageAsync(runPath);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The invoice run did not finish in 60 s.");
    }

    /// <summary>This year's invoice of the member, as finance sees it: its page, number and structured reference.</summary>
    public async Task<IssuedInvoice> InvoiceOfAsync(HttpClient finance, string member)
    {
        var list = await finance.GetPageAsync($"/finance/invoices?year={ThisYear}&q={Uri.EscapeDataString(member)}");
        var path = list.Document.QuerySelector("[data-testid=invoices] tbody tr a")?.GetAttribute("href") ?? throw new InvalidOperationException($"No invoice for {member}.");
        var page = await finance.GetPageAsync(path);
        var reference = page.Document.QuerySelector("[data-testid=invoice-details] code")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        return new IssuedInvoice(path, page.Document.QuerySelector("h1")!.TextContent.Split(' ').Last(), reference);
    }

    /// <summary>A signed-in coordinator of the authority.</summary>
    public async Task<SignedIn> CoordinatorOfAsync(Guid authorityId) => await SignInAsAsync(Roles.MemberCoordinator, authorityId);
}

/// <summary>An issued invoice as the tests use it.</summary>
public sealed record IssuedInvoice(string Path, string Number, string Reference);

/// <summary>The joiner rules, as the schedule form names them.</summary>
public enum JoinerRuleName
{
    FullYear,
    ProRataByQuarter,
    FromNextYear,
}
