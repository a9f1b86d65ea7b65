using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Urbis.Web.Platform.Localization;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>
/// Urbis in memory, with its own database (SQLite or PostgreSQL, see <see cref="TestDatabase"/>),
/// its own mail pickup folder and a clock the test controls. One per test class (IClassFixture).
/// Intent methods (sign in as a role, read mail, ...) live in the partial files beside this one.
/// </summary>
public partial class UrbisApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("urbis-test-").FullName;
    private TestDatabase? database;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    public string MailFolder => Path.Combine(folder, "mail-pickup");

    /// <summary>Extra services a test class needs (e.g. a job to schedule).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>Extra settings a test class needs (e.g. low rate limits).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(folder);
        _ = Services; // start the host now: migrations run here, not inside the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            ["ConnectionStrings:Urbis"] = Database.ConnectionString,
            ["Database:SeedDemoData"] = "false",
            ["Storage:DataFolder"] = folder,
            ["Mail:RunSender"] = "false",
            ["Jobs:RunScheduler"] = "false",
            ["Urbis:PublicBaseUrl"] = "https://localhost",
            ["RateLimits:SignInPermits"] = "100000",
            ["RateLimits:PublicFormPermits"] = "100000",
            ["Localization:RecordMissing"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        // UseSetting, not ConfigureAppConfiguration: Program reads some settings while adding services.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);

            // /__test/throw fails on purpose, after every real endpoint, to show the 500 page.
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowingEndpoint>();
            ConfigureTestServices(services);
        });
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.BaseAddress = new Uri("https://localhost");
    }

    private sealed class ThrowingEndpoint : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(next => context =>
                context.Request.Path == "/__test/throw" ? throw new InvalidOperationException("Failing on purpose.") : next(context));
        };
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests follow them).</summary>
    public HttpClient NewClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    /// <summary>Keys that were looked up but are in no resource file.</summary>
    public IReadOnlyCollection<string> MissingTranslations => Services.GetRequiredService<MissingTranslations>().All;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background task: the OS cleans temp later.
        }

        GC.SuppressFinalize(this);
    }
}
