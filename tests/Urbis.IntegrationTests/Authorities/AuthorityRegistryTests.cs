using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.IntegrationTests.Authorities;

/// <summary>The Directory's contracts on both databases: population history, people and their roles.</summary>
public sealed class AuthorityRegistryTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_population_used_is_the_latest_recorded_for_the_date()
    {
        var id = await Register("'s-Hertogenbosch", "NL", 150_000, 2023);
        await InScope(async (registry, _, db) =>
        {
            await registry.RecordPopulationAsync(id, 155_000, 2025, "CBS", CancellationToken.None);
            await db.SaveChangesAsync();
        });

        await InScope(async (_, directory, _) =>
        {
            (await directory.PopulationsOnAsync(new DateOnly(2024, 6, 1), [id], CancellationToken.None))[id].ShouldBe(new PopulationFigure(150_000, 2023, "test"));
            (await directory.PopulationsOnAsync(new DateOnly(2025, 1, 1), [id], CancellationToken.None))[id].ShouldBe(new PopulationFigure(155_000, 2025, "CBS"));
            (await directory.PopulationsOnAsync(new DateOnly(2022, 12, 31), [id], CancellationToken.None)).ContainsKey(id).ShouldBeFalse();
            (await directory.FindAsync(id, CancellationToken.None))!.Population.ShouldBe(155_000);
        });
    }

    [Fact]
    public async Task A_new_coordinator_ends_the_previous_ones_role_and_people_are_found_by_email_ignoring_case()
    {
        var id = await Register("Łódź", "PL", 670_000, 2024);
        var today = app.Today;
        await InScope(async (registry, _, db) =>
        {
            var first = await registry.FindOrAddPersonAsync(new NewPerson("Anna Nowak", "anna.nowak@lodz.example", null, null, "en"), CancellationToken.None);
            await registry.AssignAsync(id, first, ContactRole.Coordinator, today.AddDays(-30), CancellationToken.None);
            await db.SaveChangesAsync();
        });
        await InScope(async (registry, _, db) =>
        {
            var again = await registry.FindOrAddPersonAsync(new NewPerson("Anna Nowak", "ANNA.NOWAK@lodz.example", null, null, "en"), CancellationToken.None);
            var second = await registry.FindOrAddPersonAsync(new NewPerson("Piotr Zieliński", "piotr@lodz.example", null, null, "fr"), CancellationToken.None);
            again.ShouldNotBe(second);
            await registry.AssignAsync(id, second, ContactRole.Coordinator, today, CancellationToken.None);
            await db.SaveChangesAsync();
        });

        await InScope(async (_, directory, _) =>
        {
            var coordinator = (await directory.ContactsAsync(ContactRole.Coordinator, [id], CancellationToken.None))[id];
            coordinator.FullName.ShouldBe("Piotr Zieliński");
            coordinator.PreferredLanguage.ShouldBe("fr");
            (await directory.ContactsOfAsync(id, CancellationToken.None)).Count(c => c.Role == ContactRole.Coordinator).ShouldBe(1);
        });
    }

    private async Task<Guid> Register(string name, string country, int population, int year)
    {
        Guid id = default;
        await InScope(async (registry, _, db) =>
        {
            id = registry.Register(new NewAuthority(name, AuthorityType.City, country, null, population, year, "test", null, null, "en"));
            await db.SaveChangesAsync();
        });
        return id;
    }

    private async Task InScope(Func<IAuthorityRegistry, IAuthorityDirectory, AppDbContext, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await action(sp.GetRequiredService<IAuthorityRegistry>(), sp.GetRequiredService<IAuthorityDirectory>(), sp.GetRequiredService<AppDbContext>());
    }
}
