using Microsoft.Playwright;

namespace Urbis.BrowserTests.Infrastructure;

/// <summary>What people do in the browser, step by step, checking each page they reach with axe.</summary>
public static class Journeys
{
    public const string Password = "a quiet evening by the canal";

    /// <summary>Opens the invitation link from the e-mail and chooses a password.</summary>
    public static async Task AcceptInvitationAsync(this IPage page, BrowserApp app, string email, string password = Password)
    {
        var link = BrowserApp.LinkIn(await app.LastMailToAsync(email), "/account/invitation");
        await page.VisitAsync(link);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Repeat the password").FillAsync(password);
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Activate my account" }));
        await page.AssertAccessibleAsync();
    }

    /// <summary>Sets up two-factor on the set-up page the person is on; returns the key the app would hold.</summary>
    public static async Task<string> EnrolTwoFactorAsync(this IPage page, BrowserApp app, string password = Password)
    {
        var key = (await page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Authentication code").FillAsync(app.NextCode(key));
        await page.GetByLabel("Your password").FillAsync(password);
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }));
        await page.AssertAccessibleAsync();
        return key;
    }

    public static async Task SignInAsync(this IPage page, BrowserApp app, string email, string password = Password, string? key = null)
    {
        await page.VisitAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last);
        if (key is not null)
        {
            await page.AssertAccessibleAsync();
            await page.GetByLabel("Authentication code").FillAsync(app.NextCode(key));
            await page.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }));
        }

        await page.AssertAccessibleAsync();
    }

    /// <summary>Clicks what submits a form or follows a link, and waits for the next page to load.</summary>
    public static async Task ClickAndWaitAsync(this IPage page, ILocator target)
    {
        // Obsolete in favour of WaitForURL, which cannot wait for a form posted back to its own address.
#pragma warning disable CS0612
        await page.RunAndWaitForNavigationAsync(() => target.ClickAsync());
#pragma warning restore CS0612
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
