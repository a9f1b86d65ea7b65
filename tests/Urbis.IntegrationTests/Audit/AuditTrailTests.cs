using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Audit;

/// <summary>Changes to accounts and roles are written to the audit log in the same transaction, with before and after.</summary>
public sealed class AuditTrailTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Inviting_someone_records_the_account_its_role_and_the_invitation()
    {
        var user = await app.InviteAsync(Roles.Finance, name: "Ines Finanzen");
        var entries = await EntriesFor(user.Id);

        var added = entries.Single(e => e.EntityType == "User" && e.Action == "Added");
        added.After!.ShouldContain("Ines Finanzen");
        added.Before.ShouldBeNull();
        added.ActorName.ShouldBe(CurrentActor.SystemName);
        entries.ShouldContain(e => e.EntityType == "UserRole" && e.Action == "Added");
        entries.ShouldContain(e => e.Action == "InvitationSent" && e.After!.Contains(Roles.Finance));
    }

    [Fact]
    public async Task Setting_a_password_is_recorded_without_the_hash_and_with_the_person_as_actor()
    {
        var user = await app.InviteAsync(Roles.MemberUser);
        await app.AcceptInvitationAsync(user);

        var entries = await EntriesFor(user.Id);
        var changes = entries.Where(e => e.EntityType == "User" && e.Action == "Modified").ToList();
        var password = changes.Single(e => e.After!.Contains("PasswordHash"));
        password.After!.ShouldContain("\"PasswordHash\":\"(changed)\"");
        password.Before!.ShouldContain("\"PasswordHash\":\"(changed)\"");
        changes.ShouldContain(e => e.After!.Contains("\"EmailConfirmed\":true") && e.Before!.Contains("\"EmailConfirmed\":false"));

        // No audit entry anywhere holds a password hash or a security stamp.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        var all = await db.Set<AuditEntry>().AsNoTracking().ToListAsync();
        all.ShouldNotContain(e => (e.After ?? "").Contains(stored.PasswordHash!) || (e.After ?? "").Contains(stored.SecurityStamp!));
    }

    [Fact]
    public async Task Noise_such_as_the_last_sign_in_time_is_not_audited()
    {
        var user = await app.InviteAsync(Roles.PartnerExpert);
        await app.AcceptInvitationAsync(user);
        var before = (await EntriesFor(user.Id)).Count;

        await app.SignInAsync(user);

        (await EntriesFor(user.Id)).Count.ShouldBe(before);
    }

    private async Task<List<AuditEntry>> EntriesFor(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var id = userId.ToString();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityId == id || e.EntityId.StartsWith(id + "/"))
            .OrderBy(e => e.At)
            .ToListAsync();
    }
}
