using Microsoft.Extensions.DependencyInjection;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>An authority made for a test, and who receives its invoices (null without a finance contact).</summary>
public sealed record TestAuthority(Guid Id, string Name, string? FinanceEmail);

/// <summary>The one way tests put an authority, member or not, in the directory.</summary>
public partial class UrbisApp
{
    private int authorities;

    /// <summary>
    /// An authority registered the way approving an application does (the Directory's registry:
    /// population record, address), by default an active full member since 2015 with a finance
    /// contact. Written directly, a deliberate exception to "through the pages": the pages create a
    /// member by applying, reviewing and approving (Joining tests), a dozen requests other tests
    /// would repeat for every authority; and no page sets a finance contact yet.
    /// </summary>
    /// <param name="member">False: in the directory only (a coordinator's authority, a former member).</param>
    /// <param name="financeContact">Whether it has a finance contact; by default a member has one, a non-member none.</param>
    public async Task<TestAuthority> AddAuthorityAsync(
        string? name = null,
        string country = "FR",
        int population = 180_000,
        bool member = true,
        string category = "Full",
        DateOnly? since = null,
        string language = "en",
        bool? financeContact = null,
        string? address = null,
        int? populationYear = null)
    {
        var n = Interlocked.Increment(ref authorities);
        name ??= $"City {n:000}";
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var registry = services.GetRequiredService<IAuthorityRegistry>();
        var db = services.GetRequiredService<AppDbContext>();
        var id = registry.Register(new NewAuthority(name, AuthorityType.City, country, null, population, populationYear ?? ThisYear - 2, "Census", address ?? $"{n} Town Hall Square\n{10000 + n} {name}", null, language));
        string? email = null;
        if (financeContact ?? member)
        {
            email = $"finance.{n:000}.{Guid.NewGuid():N}@fees.test.urbis.localhost"[..60];
            var person = await registry.FindOrAddPersonAsync(new NewPerson($"Treasurer {n}", email, null, "Finance officer", language), CancellationToken.None);
            await registry.AssignAsync(id, person, ContactRole.FinanceContact, new DateOnly(2000, 1, 1), CancellationToken.None);
        }

        if (member)
        {
            db.Add(new Membership
            {
                AuthorityId = id,
                Category = Enum.Parse<MembershipCategory>(category),
                Status = MembershipStatus.Active,
                StartDate = since ?? new DateOnly(2015, 3, 1),
                CreatedAt = Clock.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync();
        return new TestAuthority(id, name, email);
    }
}
