using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Identity;

/// <summary>
/// Demo people: one account per role that can sign in with <see cref="DemoPassword"/> (secretariat
/// accounts with a known authenticator key), and a coordinator for every other authority whose
/// invitation is still pending. Does nothing when accounts exist.
/// </summary>
internal sealed class DemoAccountsSeeder(
    AppDbContext db,
    UserManager<User> users,
    IAuthorityDirectory directory,
    IAuthorityRegistry registry,
    TimeProvider clock) : IDemoSeeder
{
    public const string DemoPassword = "correct horse battery staple";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@urbis.localhost", "Ada Administrator", Roles.Administrator, "en", "WHJLTYT3LQXTJ4I5GKCTZG4CPDQKUZHL"),
        new("staff@urbis.localhost", "Sébastien Secrétariat", Roles.SecretariatStaff, "fr", "D635M5DO4AYCY56PPRCQACUC5OUKY7PF"),
        new("finance@urbis.localhost", "Fiona Finance", Roles.Finance, "en", "LCLJZH3Y3GVY37PTCKXFKCAFRJ65KM7M"),
        new("coordinator@urbis.localhost", "Camille Coordinatrice", Roles.MemberCoordinator, "fr", null),
        new("member@urbis.localhost", "Marco Membro", Roles.MemberUser, "en", null),
        new("partner@urbis.localhost", "Petra Partner", Roles.PartnerExpert, "en", null),
    ];

    private static readonly string[] FirstNames = ["Anna", "Luca", "Marie", "Jan", "Sofia", "Pierre", "Elena", "Tomás", "Ingrid", "Nikos", "Zofia", "Joana", "Lars", "Eva", "Karim"];
    private static readonly string[] LastNames = ["Martin", "Rossi", "García", "Peeters", "Müller", "Silva", "de Vries", "Meier", "Nowak", "Andersson", "Papadopoulos", "Gruber", "Schmit", "Nagy", "Georgiou"];

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var authorities = await directory.AllIdsAsync(cancellationToken);
        var home = authorities.Count > 0 ? authorities[0] : (Guid?)null;
        foreach (var account in Accounts)
        {
            var member = account.Role is Roles.MemberCoordinator or Roles.MemberUser;
            var user = NewUser(account.Email, account.Name, account.Language, member ? home : null, now);
            Check(await users.CreateAsync(user));
            if (account.AuthenticatorKey is { } key)
            {
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            Check(await users.AddPasswordAsync(user, DemoPassword));
            Check(await users.AddToRoleAsync(user, account.Role));
            if (account.Role == Roles.MemberCoordinator && home is { } authority)
            {
                await AddCoordinatorAsync(user, authority, cancellationToken);
            }
        }

        // Every other authority has a coordinator who was invited but has not signed in yet.
        for (var i = 1; i < authorities.Count; i++)
        {
            var name = $"{FirstNames[i % FirstNames.Length]} {LastNames[i * 7 % LastNames.Length]}";
            var user = NewUser($"coordinator{i:000}@members.urbis.localhost", name, i % 3 == 0 ? "fr" : "en", authorities[i], now);
            user.InvitedAt = now;
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, Roles.MemberCoordinator));
            await AddCoordinatorAsync(user, authorities[i], cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddCoordinatorAsync(User user, Guid authority, CancellationToken cancellationToken)
    {
        var person = await registry.FindOrAddPersonAsync(new NewPerson(user.DisplayName, user.Email, null, "Local coordinator", user.PreferredLanguage, user.Id), cancellationToken);
        await registry.AssignAsync(authority, person, ContactRole.Coordinator, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    private static User NewUser(string email, string name, string language, Guid? authorityId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        DisplayName = name,
        PreferredLanguage = language,
        AuthorityId = authorityId,
        CreatedAt = now,
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}

internal sealed record DemoAccount(string Email, string Name, string Role, string Language, string? AuthenticatorKey);
