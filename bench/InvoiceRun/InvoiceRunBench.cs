using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.Bench.InvoiceRun;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Invoicing;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Files;
using Urbis.Web.Platform.Mail;

namespace Urbis.Bench.InvoiceRun;

/// <summary>
/// Times the annual invoice run for N members (PDFs drawn, e-mails queued) on SQLite or PostgreSQL,
/// while two members keep signing in and opening the members' area, and checks the result.
/// Usage: Urbis.Bench.InvoiceRun --provider sqlite|postgres [--connection "..."] [--members 10000] [--results bench/RESULTS.md]
/// </summary>
internal static class InvoiceRunBench
{
    public static async Task Main(string[] args)
    {
        var options = Args.Parse(args);
        var folder = Directory.CreateTempSubdirectory("urbis-invoice-run-").FullName;
        var connection = options.Provider == "Sqlite" ? $"Data Source={Path.Combine(folder, "urbis.db")};Default Timeout=30" : options.Connection!;
        var year = DateTime.UtcNow.Year;
        Console.WriteLine($"== {options.Provider}, {options.Members:N0} members, data in {folder}");

        // The app's content root (static files): src/Urbis.Web of the repository this tool was built in.
        var repository = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repository, "Urbis.slnx")))
        {
            repository = Path.GetDirectoryName(repository.TrimEnd('/')) ?? throw new InvalidOperationException("Run from the repository.");
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_URBIS_WEB", Path.Combine(repository, "src", "Urbis.Web"));
        await using var app = new BenchApp(options.Provider, connection, folder);
        var started = Stopwatch.StartNew();
        _ = app.Services; // migrations run here
        if (args.Contains("--pdf-only"))
        {
            PdfCost.Measure(app.Services);
            return;
        }

        Console.WriteLine($"   migrated in {started.Elapsed.TotalSeconds:0.0} s");
        started.Restart();
        await Network.PrepareAsync(app.Services, options.Members, year);
        Console.WriteLine($"   {options.Members:N0} members prepared in {started.Elapsed.TotalSeconds:0.0} s");

        // Members use the site before and during the run: sign in (writes a session), open the members' area.
        var idle = await MemberLoad.MeasureAsync(app, TimeSpan.FromSeconds(10), CancellationToken.None);
        Console.WriteLine($"   members before the run: {idle}");

        using var stop = new CancellationTokenSource();
        var during = options.Load ? MemberLoad.MeasureAsync(app, TimeSpan.FromMinutes(10), stop.Token) : Task.FromResult(new LoadFigures([], [], 0));
        Guid runId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (id, error) = await scope.ServiceProvider.GetRequiredService<InvoiceRunRequests>().RequestAsync(year, CancellationToken.None);
            runId = id ?? throw new InvalidOperationException($"The run was refused: {error}");
        }

        var clock = Stopwatch.StartNew();
        Urbis.Web.Modules.Fees.Domain.InvoiceRun run;
        var lastPrint = TimeSpan.Zero;
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                run = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Urbis.Web.Modules.Fees.Domain.InvoiceRun>().AsNoTracking().SingleAsync(r => r.Id == runId);
            }

            if (run.Status is InvoiceRunStatus.Completed or InvoiceRunStatus.Failed)
            {
                break;
            }

            if (clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(2))
            {
                lastPrint = clock.Elapsed;
                Console.WriteLine($"   {clock.Elapsed.TotalSeconds,5:0.0} s: {run.Percent,3} % ({run.Processed:N0} processed, {run.Issued:N0} issued, {run.Emailed:N0} e-mailed)");
            }

            await Task.Delay(100);
        }

        var elapsed = clock.Elapsed;
        stop.Cancel();
        var load = await during;

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sequences = await db.Set<Invoice>().Where(i => i.RunId == runId).Select(i => i.Sequence).OrderBy(s => s).ToListAsync();
            var files = await db.Set<StoredFile>().CountAsync();
            var bytes = await db.Set<StoredFile>().SumAsync(f => f.Length);
            var mails = await db.Set<OutboxMessage>().CountAsync(m => m.Kind == "Invoice");
            var attachments = await db.Set<OutboxAttachment>().CountAsync();
            var gapFree = sequences.Count > 0 && sequences[0] == 1 && sequences[^1] == sequences.Count && sequences.Distinct().Count() == sequences.Count;
            Console.WriteLine($"   run {run.Status} in {elapsed.TotalSeconds:0.0} s: {run.Issued:N0} invoices ({sequences.Count:N0} in the database, numbers 1..{sequences.LastOrDefault():N0} {(gapFree ? "without gaps" : "WITH GAPS")}), {files:N0} PDFs ({bytes / 1024.0 / 1024.0:0} MB), {mails:N0} e-mails queued with {attachments:N0} attachments");
            Console.WriteLine($"   members during the run: {load}");
            if (run.Status != InvoiceRunStatus.Completed || run.Issued != options.Members || !gapFree || files != options.Members || mails != options.Members)
            {
                Console.WriteLine("!! the run did not do all its work: " + run.Error);
                Environment.ExitCode = 1;
            }

            if (options.Results is { } results)
            {
                var line = $"| {options.Provider} | {options.Members:N0} | {elapsed.TotalSeconds:0.0} s | {run.Issued:N0} / {files:N0} / {mails:N0} | {bytes / 1024.0 / 1024.0:0} MB | {idle.Summary} | {load.Summary} | {options.Note} |";
                await File.AppendAllTextAsync(results, line + Environment.NewLine);
            }
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Command-line options.</summary>
internal sealed record Args(string Provider, string? Connection, int Members, string? Results, bool Load, string Note)
{
    public static Args Parse(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Value("--provider", "sqlite") == "postgres" ? "PostgreSql" : "Sqlite";
        var connection = args.Contains("--connection") ? Value("--connection", "") : null;
        if (provider == "PostgreSql" && string.IsNullOrEmpty(connection))
        {
            throw new ArgumentException("--provider postgres needs --connection");
        }

        return new Args(provider, connection, int.Parse(Value("--members", "10000"), CultureInfo.InvariantCulture), args.Contains("--results") ? Value("--results", "") : null, !args.Contains("--no-load"), Value("--note", ""));
    }
}

/// <summary>A member signing in and opening the members' area, again and again, two at a time.</summary>
internal static partial class MemberLoad
{
    public static async Task<LoadFigures> MeasureAsync(BenchApp app, TimeSpan duration, CancellationToken cancellationToken)
    {
        var signIns = new List<double>();
        var pages = new List<double>();
        var failures = 0;
        var until = Stopwatch.StartNew();
        async Task Loop()
        {
            while (until.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
                var form = await client.GetStringAsync("/account/sign-in");
                var token = Token().Match(form).Groups[1].Value;
                var watch = Stopwatch.StartNew();
                using var signIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["Input.Email"] = Network.MemberEmail,
                    ["Input.Password"] = Network.MemberPassword,
                }));
                var signInMs = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                using var page = await client.GetAsync("/members");
                var pageMs = watch.Elapsed.TotalMilliseconds;
                lock (signIns)
                {
                    if ((int)signIn.StatusCode != 302 || (int)page.StatusCode != 200)
                    {
                        failures++;
                    }

                    signIns.Add(signInMs);
                    pages.Add(pageMs);
                }
            }
        }

        await Task.WhenAll(Loop(), Loop());
        return new LoadFigures(signIns, pages, failures);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

internal sealed record LoadFigures(List<double> SignIns, List<double> Pages, int Failures)
{
    public string Summary =>
        $"sign-in p50 {Percentile(SignIns, 50):0} ms, p95 {Percentile(SignIns, 95):0} ms, max {SignIns.DefaultIfEmpty().Max():0} ms; members' area p95 {Percentile(Pages, 95):0} ms; {SignIns.Count:N0} sign-ins, {Failures} failed";

    public override string ToString() => Summary;

    private static double Percentile(List<double> values, int p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
