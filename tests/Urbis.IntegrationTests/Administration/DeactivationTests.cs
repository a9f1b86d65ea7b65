using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Administration;

/// <summary>Deactivating and reactivating accounts, and sending invitations again.</summary>
public sealed class DeactivationTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Deactivation_ends_the_open_session_at_once_and_blocks_signing_in_until_reactivation()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var member = await app.SignInAsAsync(Roles.MemberUser);
        (await member.Client.GetPageAsync("/members")).Status.ShouldBe(HttpStatusCode.OK);
        (await admin.Client.GetPageAsync($"/admin/users/{member.User.Id}")).Document.QuerySelector("[data-testid=sessions]")!.TextContent.ShouldBe("1");

        var deactivated = await admin.Client.ChangeAccountAsync(member.User.Id, "#deactivate-form");

        deactivated.Notice().ShouldBe("The account is deactivated: its sessions have ended and it can no longer sign in.");
        deactivated.Status().ShouldBe("Deactivated");
        deactivated.Document.QuerySelector("[data-testid=sessions]")!.TextContent.ShouldBe("0");
        await member.Client.ShouldRedirectToAsync("/members", "/account/sign-in");
        var refused = await TrySignInAsync(member.User);
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain(e => e.StartsWith("The e-mail address or password is not correct.", StringComparison.Ordinal));

        var reactivated = await admin.Client.ChangeAccountAsync(member.User.Id, "#reactivate-form");
        reactivated.Notice().ShouldBe("The account is active again.");
        reactivated.Status().ShouldBe("Active");
        var back = await app.SignInAsync(member.User);
        (await back.GetPageAsync("/members")).Status.ShouldBe(HttpStatusCode.OK);

        var log = await admin.Client.GetPageAsync($"/admin/audit?entityId={member.User.Id}&entityType=User");
        var actions = log.Document.QuerySelectorAll("[data-testid=audit-entries] > tbody > tr > td:nth-child(3)").Select(c => c.TextContent.Trim()).ToList();
        actions.ShouldContain("Deactivated");
        actions.ShouldContain("Reactivated");
        actions.IndexOf("Reactivated").ShouldBeLessThan(actions.IndexOf("Deactivated"));
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        await app.SignInAsAsync(Roles.Administrator);
        var page = await admin.Client.GetPageAsync($"/admin/users/{admin.User.Id}");
        page.Document.QuerySelector("#deactivate-form").ShouldBeNull();

        var refused = await admin.Client.PostAccountAsync(admin.User.Id, "Deactivate", new Dictionary<string, string>());

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain("You cannot deactivate your own account.");
        (await admin.Client.GetPageAsync($"/admin/users/{admin.User.Id}")).Status().ShouldBe("Active");
    }

    [Fact]
    public async Task Sending_an_invitation_again_gives_a_new_link_and_kills_the_old_one()
    {
        var partner = await app.InviteAsync(Roles.PartnerExpert, language: "fr");
        var first = (await app.LastMailToAsync(partner.Email)).Link("/account/invitation");
        app.Clock.Advance(TimeSpan.FromDays(8));
        var admin = await app.SignInAsAsync(Roles.Administrator);
        (await admin.Client.GetPageAsync($"/admin/users/{partner.Id}")).Text.ShouldContain("Invitation expired");

        var resent = await admin.Client.ChangeAccountAsync(partner.Id, "#resend-form");

        resent.Notice().ShouldBe("A new invitation is on its way; the link of the earlier one no longer works.");
        resent.Text.ShouldNotContain("Invitation expired");
        var mails = await app.MailToAsync(partner.Email);
        mails.Count.ShouldBe(2);
        mails[1].Subject.ShouldBe("Votre invitation à Urbis");
        var second = mails[1].Link("/account/invitation");
        second.ShouldNotBe(first);
        (await app.NewClient().GetPageAsync(first)).Status.ShouldBe(HttpStatusCode.BadRequest);
        var client = await app.AcceptInvitationAsync(partner);
        (await client.GetPageAsync("/account/two-factor")).Status.ShouldBe(HttpStatusCode.OK);

        var log = await admin.Client.GetPageAsync($"/admin/audit?entityId={partner.Id}&action=InvitationResent");
        log.Document.QuerySelectorAll("[data-testid=audit-entries] > tbody > tr").Length.ShouldBe(1);
    }

    [Fact]
    public async Task An_accepted_invitation_cannot_be_sent_again()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var member = await app.SignInAsAsync(Roles.MemberUser);
        (await admin.Client.GetPageAsync($"/admin/users/{member.User.Id}")).Document.QuerySelector("#resend-form").ShouldBeNull();

        var refused = await admin.Client.PostAccountAsync(member.User.Id, "ResendInvitation", new Dictionary<string, string>());

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Errors.ShouldContain("This account has already accepted its invitation.");
        (await app.MailToAsync(member.User.Email)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_deactivated_invitee_cannot_use_the_invitation_link()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var partner = await app.InviteAsync(Roles.PartnerExpert);
        var link = (await app.LastMailToAsync(partner.Email)).Link("/account/invitation");

        await admin.Client.ChangeAccountAsync(partner.Id, "#deactivate-form");
        (await app.NewClient().GetPageAsync(link)).Status.ShouldBe(HttpStatusCode.BadRequest);

        // Reactivated, it still needs a new invitation: deactivation voided the old link.
        await admin.Client.ChangeAccountAsync(partner.Id, "#reactivate-form");
        (await app.NewClient().GetPageAsync(link)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.Client.GetPageAsync($"/admin/users/{partner.Id}")).Status().ShouldBe("Invitation pending");
    }

    private async Task<HtmlPage> TrySignInAsync(TestUser user)
    {
        var client = app.NewClient();
        var page = await client.GetPageAsync("/account/sign-in");
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }, followRedirects: false);
    }
}
