using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Directory.Seed;

/// <summary>
/// The demo network's authorities: 250 real places from 15 countries (demo-authorities.csv,
/// "Contains data from GeoNames (CC BY 4.0)"). Does nothing when authorities exist.
/// </summary>
internal sealed class DemoAuthoritiesSeeder(AppDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Authority>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var place in ReadPlaces())
        {
            db.Add(new Authority
            {
                OfficialName = place.Name,
                Type = place.Population >= 100_000 ? AuthorityType.City : AuthorityType.Municipality,
                CountryCode = place.Country,
                Population = place.Population,
                PopulationYear = 2024,
                PopulationSource = "GeoNames",
                Latitude = place.Latitude,
                Longitude = place.Longitude,
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static IReadOnlyList<DemoPlace> ReadPlaces()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("demo-authorities.csv", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { AllowComments = true, Comment = '#' };
        using var csv = new CsvReader(reader, configuration);
        return csv.GetRecords<CsvPlace>()
            .Select(p => new DemoPlace(p.name, p.country, p.population, p.latitude, p.longitude))
            .ToList();
    }

#pragma warning disable IDE1006, SA1300 // CSV column names
    private sealed record CsvPlace(long geonames_id, string name, string country, string admin1, int population, double latitude, double longitude);
#pragma warning restore IDE1006, SA1300
}

internal sealed record DemoPlace(string Name, string Country, int Population, double Latitude, double Longitude);
