using System.Globalization;

namespace Urbis.Bench;

internal enum BenchProvider
{
    Sqlite,
    Postgres,
}

internal sealed record PrepareOptions(BenchProvider Provider, string ConnectionString, int Authorities, string CitiesFile)
{
    public static bool TryParse(string[] args, out PrepareOptions options, out string? error)
    {
        options = null!;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                error = $"Unexpected argument '{args[i]}'.";
                return false;
            }

            values[args[i][2..]] = args[i + 1];
        }

        error = Check(values);
        if (error is not null)
        {
            return false;
        }

        options = new PrepareOptions(
            values["provider"] == "sqlite" ? BenchProvider.Sqlite : BenchProvider.Postgres,
            values["connection"],
            int.Parse(values["authorities"], NumberStyles.None, CultureInfo.InvariantCulture),
            values.GetValueOrDefault("cities") ?? Path.Combine(AppContext.BaseDirectory, "data", "european-cities.csv"));
        return true;
    }

    private static string? Check(Dictionary<string, string> values)
    {
        if (values.GetValueOrDefault("provider") is not ("sqlite" or "postgres"))
        {
            return "--provider must be sqlite or postgres.";
        }

        if (string.IsNullOrWhiteSpace(values.GetValueOrDefault("connection")))
        {
            return "--connection is required.";
        }

        return int.TryParse(values.GetValueOrDefault("authorities"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? null
            : "--authorities must be a positive whole number.";
    }
}
