using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Fees.Seed;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.Bench.InvoiceRun;

/// <summary>The network the run invoices: N member authorities as the joining flow registers them, a published scale, one member who signs in.</summary>
internal static class Network
{
    public const string MemberEmail = "bench.member@urbis.example.org";
    public const string MemberPassword = "a quiet evening by the canal";

    private static readonly string[] Countries = ["FR", "BE", "DE", "IT", "ES", "PT", "NL", "PL", "SE", "GR", "AT", "RO", "CZ", "HU", "FI"];

    public static async Task PrepareAsync(IServiceProvider services, int members, int year)
    {
        for (var start = 0; start < members; start += 1_000)
        {
            await using var scope = services.CreateAsyncScope();
            var registry = scope.ServiceProvider.GetRequiredService<IAuthorityRegistry>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = start; i < Math.Min(members, start + 1_000); i++)
            {
                var country = Countries[i % Countries.Length];
                var language = country is "FR" or "BE" ? "fr" : "en";
                var population = 2_000 + (int)((long)i * 7_919 % 1_500_000);
                var name = $"Bench city {i:00000}";
                var id = registry.Register(new NewAuthority(name, AuthorityType.City, country, null, population, year - 2, "Bench", $"{1 + (i % 90)} Town Hall Square\n{10000 + i} {name}", null, language));
                var person = await registry.FindOrAddPersonAsync(new NewPerson($"Treasurer {i:00000}", $"finance{i:00000}@members.urbis.example.org", null, "Treasurer", language), CancellationToken.None);
                await registry.AssignAsync(id, person, ContactRole.FinanceContact, new DateOnly(2000, 1, 1), CancellationToken.None);
                db.Add(new Urbis.Web.Modules.Membership.Domain.Membership
                {
                    AuthorityId = id,
                    Category = i % 6 == 5 ? MembershipCategory.Associate : MembershipCategory.Full,
                    Status = MembershipStatus.Active,
                    StartDate = new DateOnly(2000 + (i % 25), 1 + (i % 12), 1),
                    CreatedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var schedule = DemoFeeSchedulesSeeder.Scale(year);
            if (schedule.Publish(DateTime.UtcNow).Count > 0)
            {
                throw new InvalidOperationException("The bench scale is not valid.");
            }

            db.Add(schedule);
            await db.SaveChangesAsync();

            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var authority = await db.Set<Urbis.Web.Modules.Directory.Domain.Authority>().Select(a => a.Id).FirstAsync();
            var user = new User
            {
                Id = Guid.CreateVersion7(),
                UserName = MemberEmail,
                Email = MemberEmail,
                EmailConfirmed = true,
                DisplayName = "Bench Member",
                PreferredLanguage = "en",
                AuthorityId = authority,
                CreatedAt = DateTime.UtcNow,
            };
            Check(await users.CreateAsync(user));
            Check(await users.AddPasswordAsync(user, MemberPassword));
            Check(await users.AddToRoleAsync(user, Roles.MemberUser));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
