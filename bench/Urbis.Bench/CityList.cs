using System.Globalization;
using CsvHelper;

namespace Urbis.Bench;

internal sealed record City(string Name, string Country, int Population, double Latitude, double Longitude);

/// <summary>bench/data/european-cities.csv: GeoNames places of 5,000 inhabitants or more.</summary>
internal static class CityList
{
    /// <summary>Largest first, so that a small network holds the places a real network would.</summary>
    public static IReadOnlyList<City> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return [.. csv.GetRecords<Row>()
            .Select(r => new City(r.name, r.country, r.population, r.latitude, r.longitude))
            .OrderByDescending(c => c.Population)
            .ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

#pragma warning disable IDE1006, SA1300 // CSV column names
    private sealed record Row(long geonames_id, string name, string country, string admin1, int population, double latitude, double longitude);
#pragma warning restore IDE1006, SA1300
}
