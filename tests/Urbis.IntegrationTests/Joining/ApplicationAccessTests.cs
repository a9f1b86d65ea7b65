using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Joining;

/// <summary>Applications are the secretariat's: the public, members and finance cannot see them; the applicant answers through a link only.</summary>
public sealed class ApplicationAccessTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_public_a_member_and_a_finance_user_cannot_see_applications()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var id = await UrbisApp.ApplicationIdAsync(staff.Client, await app.SubmitApplicationAsync("Bilbao", "ES", "udala@bilbao.example"));
        var pages = new[] { "/office/applications", $"/office/applications/{id}", $"/office/applications/{id}/assessment", $"/office/applications/{id}/decision", "/office/follow-ups" };

        foreach (var role in new[] { Roles.MemberUser, Roles.MemberCoordinator, Roles.PartnerExpert, Roles.Finance })
        {
            var client = (await app.SignInAsAsync(role)).Client;
            foreach (var page in pages)
            {
                await client.ShouldBeForbiddenAsync(page);
            }

            var token = (await client.GetPageAsync("/account")).AntiforgeryToken();
            var post = await client.PostFormAsync($"/office/applications/{id}?handler=StartReview", [new("__RequestVerificationToken", token)]);
            post.StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }

        foreach (var page in pages)
        {
            await app.NewClient().ShouldRedirectToAsync(page, "/account/sign-in");
        }

        (await staff.Client.GetPageAsync($"/office/applications/{id}")).Document.QuerySelector("[data-testid=state]")!.TextContent.ShouldBe("Submitted");
        var admin = await app.SignInAsAsync(Roles.Administrator);
        (await admin.Client.GetPageAsync($"/office/applications/{id}")).Status.ShouldBe(HttpStatusCode.OK);
        (await staff.Client.GetPageAsync($"/office/applications/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_answer_page_opens_only_through_a_live_link()
    {
        (await app.NewClient().GetPageAsync("/join/answer/" + new string('x', 43))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await app.NewClient().GetPageAsync("/join/answer/short")).Status.ShouldBe(HttpStatusCode.NotFound);
        var page = await app.NewClient().GetPageAsync("/join/answer/" + new string('x', 43));
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("This link does not work");
    }

    [Fact]
    public async Task Members_find_their_membership_from_their_home_and_only_staff_see_the_applications_menu()
    {
        var member = await app.SignInAsAsync(Roles.MemberUser);
        var home = await member.Client.GetPageAsync("/members");
        home.Document.QuerySelector("[data-testid=membership-link]")!.GetAttribute("href").ShouldBe("/members/membership");
        home.Document.QuerySelector("[data-testid=main-nav]")!.TextContent.ShouldNotContain("Applications");
        (await member.Client.GetPageAsync("/members/membership")).Status.ShouldBe(HttpStatusCode.OK);
        var finance = await app.SignInAsAsync(Roles.Finance);
        (await finance.Client.GetPageAsync("/office")).Document.QuerySelector("[data-testid=main-nav]")!.TextContent.ShouldNotContain("Applications");
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        (await staff.Client.GetPageAsync("/office")).Document.QuerySelector("[data-testid=main-nav]")!.TextContent.ShouldContain("Applications");
        (await app.NewClient().GetPageAsync("/")).Document.QuerySelector("[data-testid=main-nav]")!.TextContent.ShouldContain("Join the network");
    }
}
