using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using MimeKit;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Identity.Account.PasswordReset;
using Urbis.Web.Platform.Mail;

namespace Urbis.BrowserTests.Infrastructure;

/// <summary>
/// Urbis on a real Kestrel port with its own SQLite database, and Debian's Chromium driven by
/// Playwright. One per test class; each test opens its own browser context (its own cookies).
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("urbis-browser-").FullName;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The server's clock: tests move it to the next 30-second step instead of waiting.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string BaseUrl { get; private set; } = "";

    public string MailFolder => Path.Combine(folder, "mail-pickup");

    public async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("URBIS_CHROMIUM") ?? "/usr/lib/chromium/chromium",
            Headless = true,
            Args = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
        });
    }

    /// <summary>Whether the app starts with the demo network (250 authorities, demo accounts, applications, fee scales).</summary>
    protected virtual bool SeedDemoData => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Urbis"] = $"Data Source={Path.Combine(folder, "urbis.db")};Default Timeout=30",
            ["Database:SeedDemoData"] = SeedDemoData ? "true" : "false",
            ["Storage:DataFolder"] = folder,
            ["Mail:RunSender"] = "false",
            ["Jobs:RunScheduler"] = "false",
            ["Security:RequireHttps"] = "false",
            ["Urbis:PublicBaseUrl"] = "http://localhost",
            ["RateLimits:SignInPermits"] = "100000",
            ["RateLimits:PublicFormPermits"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Moves the server's clock to the next 30-second step and returns the code an app would show then (codes work once).</summary>
    public string NextCode(string key)
    {
        Clock.Advance(TimeSpan.FromSeconds(30));
        return new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>A fresh browser context (no cookies) with a page, at a desktop size unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, Locale = "en-GB" });

        // Generous: on a busy 2-core machine a page can take a while; a real failure still fails.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Invites someone as the `invite-admin` command does; the invitation e-mail goes to the pickup folder.</summary>
    public async Task<string> InviteAsync(string email, string name, string role, Guid? authorityId = null, string language = "en")
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<InviteUserHandler>()
            .HandleAsync(new InviteUser(email, name, language, authorityId, [role]), CancellationToken.None);
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"Could not invite {email}: {error}");
        }

        return email;
    }

    /// <summary>An authority (no page creates one yet outside the joining flow).</summary>
    public async Task<Guid> CreateAuthorityAsync(string name, string country, int population)
    {
        await using var scope = Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<Urbis.Web.Modules.Directory.Contracts.IAuthorityRegistry>();
        var id = registry.Register(new Urbis.Web.Modules.Directory.Contracts.NewAuthority(name, Urbis.Web.Modules.Directory.Contracts.AuthorityType.City, country, null, population, 2024, "test", null, null, "en"));
        await scope.ServiceProvider.GetRequiredService<Urbis.Web.Platform.Data.AppDbContext>().SaveChangesAsync();
        return id;
    }

    /// <summary>Delivers the outbox and returns the newest message to the address.</summary>
    public async Task<MimeMessage> LastMailToAsync(string address)
    {
        // Reset requests are handled just after the answer: let them finish first.
        await Services.GetRequiredService<ResetRequests>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        return Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))
            .LastOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            ?? throw new InvalidOperationException("No mail to " + address);
    }

    /// <summary>The path and query of the first link in the message whose path starts with <paramref name="path"/>.</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        var match = System.Text.RegularExpressions.Regex.Matches(message.HtmlBody ?? "", "href=\"([^\"]+)\"")
            .Select(m => new Uri(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)))
            .First(u => u.AbsolutePath.StartsWith(path, StringComparison.Ordinal));
        return match.PathAndQuery;
    }

    public override async ValueTask DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }

        await base.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
