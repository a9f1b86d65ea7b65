using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Directory.Seed;

/// <summary>
/// The demo network's authorities: 250 real places from 15 countries (demo-authorities.csv,
/// "Contains data from GeoNames (CC BY 4.0)"). Does nothing when authorities exist.
/// </summary>
internal sealed class DemoAuthoritiesSeeder(AppDbContext db, IAuthorityRegistry registry, TimeProvider clock) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Authority>().AnyAsync(cancellationToken))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var places = ReadPlaces();
        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            var language = place.Country is "FR" or "BE" or "LU" or "CH" ? "fr" : "en";
            var id = registry.Register(new NewAuthority(
                place.Name,
                place.Population >= 100_000 ? AuthorityType.City : AuthorityType.Municipality,
                place.Country,
                null,
                place.Population,
                2024,
                "GeoNames",
                $"{Streets[i % Streets.Length]} {1 + (i % 40)}, {place.Name}",
                null,
                language,
                place.Latitude,
                place.Longitude));

            // Every authority has a finance contact, who receives its invoices.
            var name = $"{FirstNames[(i * 5) % FirstNames.Length]} {LastNames[(i * 3) % LastNames.Length]}";
            var person = await registry.FindOrAddPersonAsync(new NewPerson(name, $"finance{i:000}@authorities.urbis.localhost", null, "Finance officer", language), cancellationToken);
            await registry.AssignAsync(id, person, ContactRole.FinanceContact, today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] Streets = ["Place de l'Hôtel de Ville", "Main Square", "Piazza del Municipio", "Plaza Mayor", "Rathausplatz", "Town Hall Street"];
    private static readonly string[] FirstNames = ["Claire", "Marco", "Lucía", "Pieter", "Katrin", "João", "Sanne", "Urs", "Agnieszka", "Erik", "Eleni", "Lukas", "Paul", "Zsófia", "Andreas"];
    private static readonly string[] LastNames = ["Dubois", "Bianchi", "Fernández", "Janssens", "Schmidt", "Costa", "Bakker", "Keller", "Kowalska", "Lindqvist", "Papadaki", "Huber", "Weber", "Kovács", "Christodoulou"];

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
