using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Administration;

/// <summary>
/// The network never loses its last active administrator. One test in its own host: "last" must
/// mean the only administrator of this database.
/// </summary>
public sealed class LastAdministratorTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_last_active_administrator_keeps_the_role_and_cannot_be_deactivated()
    {
        var ada = await app.SignInAsAsync(Roles.Administrator);
        await ada.Client.ChangeAccountAsync(ada.User.Id, "#assign-role-form", new Dictionary<string, string> { ["Role"] = Roles.SecretariatStaff });
        var pending = await app.InviteAsync(Roles.Administrator);

        // An invitation not yet accepted does not count: Ada is still the last one.
        var keep = await ada.Client.ChangeAccountAsync(ada.User.Id, $"#remove-role-{Roles.Administrator}");
        keep.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        keep.Errors.ShouldContain("This is the last active administrator: invite and activate another administrator first.");
        keep.Roles().ShouldContain("Administrator");
        var stay = await ada.Client.PostAccountAsync(ada.User.Id, "Deactivate", new Dictionary<string, string>());
        stay.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        stay.Errors.ShouldContain("This is the last active administrator: invite and activate another administrator first.");

        // Once the second administrator is in, one can step down, and the other is then the last.
        var bea = await app.AcceptInvitationAsync(pending);
        await app.EnrolTwoFactorAsync(bea, pending);
        var demoted = await bea.ChangeAccountAsync(ada.User.Id, $"#remove-role-{Roles.Administrator}");
        demoted.Notice().ShouldBe("Role “Administrator” removed.");
        var last = await bea.PostAccountAsync(pending.Id, "RemoveRole", new Dictionary<string, string> { ["Role"] = Roles.Administrator });
        last.Errors.ShouldContain("This is the last active administrator: invite and activate another administrator first.");
        await ada.Client.ShouldRedirectToAsync("/admin/users", "/account/sign-in");
        await (await app.SignInAsync(ada.User)).ShouldBeForbiddenAsync("/admin/users");
    }
}
