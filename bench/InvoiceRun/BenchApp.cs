using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Urbis.Bench.InvoiceRun;

/// <summary>
/// Urbis in this process, configured as in production (Production environment, warnings only, the
/// invoice worker on, the mail sender off so that the e-mails stay queued and can be counted).
/// </summary>
internal sealed class BenchApp(string provider, string connectionString, string folder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Urbis"] = connectionString,
            ["Database:SeedDemoData"] = "false",
            ["Storage:DataFolder"] = folder,
            ["Mail:RunSender"] = "false",
            ["Jobs:RunScheduler"] = "false",
            ["Security:RequireHttps"] = "false",
            ["Urbis:PublicBaseUrl"] = "https://urbis.example.org",
            ["RateLimits:SignInPermits"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            ["Logging:LogLevel:Urbis.Web.Modules.Fees.Invoicing.InvoiceRunner"] = Environment.GetEnvironmentVariable("URBIS_BENCH_DETAIL") is null ? "Warning" : "Debug",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
