using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Mail;

namespace Urbis.IntegrationTests.Joining;

/// <summary>An app whose account store breaks when it creates the account of one address: the last step of an approval.</summary>
public sealed class BrokenInvitationApp : UrbisApp
{
    public const string Breaking = "coordinator.stadt@linz.example";

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<IUserStore<User>>();
        services.AddScoped<IUserStore<User>, BreakingUserStore>();
    }

    private sealed class BreakingUserStore(AppDbContext context, IdentityErrorDescriber describer) : UserStore<User, Role, AppDbContext, Guid>(context, describer)
    {
        public override Task<IdentityResult> CreateAsync(User user, CancellationToken cancellationToken = default) =>
            user.Email == Breaking ? throw new InvalidOperationException("The account store is down.") : base.CreateAsync(user, cancellationToken);
    }
}

/// <summary>Approval is one transaction: when its last step fails, nothing of it remains.</summary>
public sealed class ApprovalRollbackTests(BrokenInvitationApp app) : IClassFixture<BrokenInvitationApp>
{
    [Fact]
    public async Task A_failure_at_the_invitation_leaves_no_authority_membership_person_follow_up_or_e_mail()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Linz", "AT", "stadt@linz.example");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference);

        var answer = await app.ApproveAsync(staff.Client, id);
        answer.Status.ShouldBe(HttpStatusCode.InternalServerError);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Set<Application>().SingleAsync(a => a.Id == id)).State.ShouldBe(ApplicationState.Recommended);
        (await db.Set<Authority>().AnyAsync(a => a.OfficialName == "Linz")).ShouldBeFalse();
        (await db.Set<Web.Modules.Membership.Domain.Membership>().AnyAsync()).ShouldBeFalse();
        (await db.Set<Person>().AnyAsync(p => p.Email == "stadt@linz.example")).ShouldBeFalse();
        (await db.Set<FollowUp>().AnyAsync()).ShouldBeFalse();
        (await db.Set<OutboxMessage>().AnyAsync(m => m.Kind == "ApplicationApproved")).ShouldBeFalse();
        (await db.Users.AnyAsync(u => u.Email == BrokenInvitationApp.Breaking)).ShouldBeFalse();
        (await staff.Client.GetPageAsync($"/office/applications/{id}")).Document.QuerySelector("[data-testid=state]")!.TextContent.ShouldBe("Recommended");
    }
}
