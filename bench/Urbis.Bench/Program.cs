using System.Diagnostics;
using System.Globalization;

namespace Urbis.Bench;

/// <summary>
/// <c>Urbis.Bench prepare --provider sqlite|postgres --connection "..." --authorities N [--cities file.csv]</c>:
/// drops the database, migrates it with Urbis's migrations and loads N authorities, each with an
/// active membership. Run by bench/run.sh before each run.
/// </summary>
internal static class Program
{
    private const string Usage =
        "Usage: Urbis.Bench prepare --provider sqlite|postgres --connection \"<connection string>\" --authorities N [--cities file.csv]";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "prepare")
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (!PrepareOptions.TryParse(args[1..], out var options, out var error))
        {
            await Console.Error.WriteLineAsync($"{error}\n{Usage}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var places = CityList.Read(options.CitiesFile);
        var network = SyntheticNetwork.Build(places, options.Authorities, TimeProvider.System);
        await using var db = BenchDatabase.Open(options.Provider, options.ConnectionString);
        var migrated = await BenchDatabase.RecreateAsync(db, options.ConnectionString);
        var loaded = await NetworkLoader.LoadAsync(db, network);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Prepared {options.Provider} with {options.Authorities:N0} authorities and memberships in {clock.Elapsed.TotalSeconds:F1} s " +
            $"(migrations {migrated.TotalSeconds:F1} s, insert {loaded.TotalSeconds:F1} s)."));
        return 0;
    }
}
