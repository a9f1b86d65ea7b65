using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Joining;

/// <summary>The welcome e-mail tells the applicant how the coordinator reaches the members' platform: by an invitation, or with the account they already have.</summary>
public sealed class WelcomeMailTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_welcome_says_an_invitation_is_coming_when_the_coordinator_has_no_account()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Poznań", "PL", "urzad@poznan.example");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference);
        (await app.ApproveAsync(staff.Client, id)).Status.ShouldBe(HttpStatusCode.Redirect);

        var welcome = (await app.MailToAsync("urzad@poznan.example")).Single(m => m.Subject == "Welcome to Urbis: Poznań is a member");
        welcome.TextBody!.ShouldContain("Piotr Wiśniewski receives an invitation by e-mail to the members' platform");
        welcome.TextBody!.ShouldNotContain("already has an account");
        (await app.LastMailToAsync("coordinator.urzad@poznan.example")).Subject.ShouldBe("Your invitation to Urbis");
    }

    [Fact]
    public async Task The_welcome_says_to_sign_in_with_the_existing_account_when_the_coordinator_has_one()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Linz", "AT", "stadt@linz.example");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference);
        await app.InviteAsync(Roles.PartnerExpert, email: "coordinator.stadt@linz.example");
        var invitationsBefore = (await app.MailToAsync("coordinator.stadt@linz.example")).Count;
        (await app.ApproveAsync(staff.Client, id)).Status.ShouldBe(HttpStatusCode.Redirect);

        var welcome = (await app.MailToAsync("stadt@linz.example")).Single(m => m.Subject == "Welcome to Urbis: Linz is a member");
        welcome.TextBody!.ShouldNotContain("receives an invitation");
        welcome.TextBody!.ShouldContain("Piotr Wiśniewski already has an account on the members' platform");
        welcome.TextBody!.ShouldContain("https://localhost/members/membership");
        welcome.Link("/members/membership").ShouldStartWith("/members/membership");
        (await app.MailToAsync("coordinator.stadt@linz.example")).Count.ShouldBe(invitationsBefore, "no second invitation");
    }

    [Fact]
    public async Task A_french_applicant_reads_the_existing_account_case_in_french()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Liège", "BE", "ville@liege.example", language: "fr");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference);
        await app.InviteAsync(Roles.PartnerExpert, email: "coordinator.ville@liege.example");
        (await app.ApproveAsync(staff.Client, id)).Status.ShouldBe(HttpStatusCode.Redirect);

        var welcome = (await app.MailToAsync("ville@liege.example")).Single(m => (m.Subject ?? "").StartsWith("Bienvenue", StringComparison.Ordinal));
        welcome.TextBody!.ShouldContain("Piotr Wiśniewski a déjà un compte sur la plateforme des membres");
        welcome.TextBody!.ShouldNotContain("une invitation à la plateforme");
        welcome.Link("/members/membership").ShouldContain("lang=fr");
        app.MissingTranslations.ShouldBeEmpty();
    }
}
