using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Platform;

public sealed class SmokeTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_home_page_is_public()
    {
        var page = await app.NewClient().GetPageAsync("/");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Cities helping cities");
    }

    [Fact]
    public async Task An_invited_member_sets_a_password_and_lands_on_the_members_area()
    {
        var user = await app.InviteAsync(Roles.MemberUser);
        var client = await app.AcceptInvitationAsync(user);
        var home = await client.GetPageAsync("/");
        home.Text.ShouldContain(user.Name);
    }

    [Fact]
    public async Task An_invited_administrator_must_set_up_two_factor_before_the_back_office()
    {
        var signedIn = await app.SignInAsAsync(Roles.Administrator);
        var again = await app.SignInAsync(signedIn.User);
        var page = await again.GetPageAsync("/account/two-factor");
        page.Text.ShouldContain("Two-factor authentication is on");
    }
}
