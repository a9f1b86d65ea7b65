using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Urbis.BrowserTests.Infrastructure;

/// <summary>axe-core on the page as it stands: serious and critical violations fail the test.</summary>
public static class Accessibility
{
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
    }

    /// <summary>The serious and critical violations of WCAG 2.1 A/AA (and axe's best practices) on the page, described.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) on {page.Url}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        await ScreenshotAsync(page);
        return serious;
    }

    private static int shots;

    /// <summary>
    /// With URBIS_SCREENSHOTS=folder, keeps a full-page picture of every page checked, to look at
    /// what was built as its users see it (tests run as usual without it).
    /// </summary>
    private static async Task ScreenshotAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("URBIS_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var path = new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '_');
        var name = $"{Interlocked.Increment(ref shots):000}-{(path.Length == 0 ? "home" : path[..Math.Min(path.Length, 60)])}.png";
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
    }

    /// <summary>Goes to the address and checks the page that arrives.</summary>
    public static async Task<IResponse?> VisitAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        await page.AssertAccessibleAsync();
        return response;
    }
}
