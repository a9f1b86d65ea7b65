using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Account;

/// <summary>Every page, message and e-mail of the account area exists in French.</summary>
public sealed class AccountTranslationTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_account_pages_messages_and_emails_are_all_in_French()
    {
        var staff = await app.AccountAsync(Roles.SecretariatStaff, language: "fr");
        var browser = await app.SignInBrowserAsync(staff);
        string[] pages =
        [
            "/account", "/account/password", "/account/email", "/account/two-factor", "/account/two-factor/recovery-codes/new",
            "/account/two-factor/reset", "/account/two-factor/disable", "/account/forgot-password",
        ];
        foreach (var url in pages)
        {
            var page = await browser.Client.GetPageAsync(url);
            page.Status.ShouldBe(HttpStatusCode.OK, url);
            page.Document.DocumentElement.GetAttribute("lang").ShouldBe("fr", url);
        }

        (await browser.Client.GetPageAsync("/account/reset-password?user=x&token=y")).Text.ShouldContain("Ce lien ne peut pas être utilisé");
        (await browser.Client.GetPageAsync("/account/email/confirm?user=x&email=a%40b.c&token=y")).Text.ShouldContain("Ce lien ne peut pas être utilisé");
        var badName = await browser.Client.SubmitAsync(await browser.Client.GetPageAsync("/account"), new Dictionary<string, string> { ["DisplayName"] = "<b>" }, "#name-form");
        badName.Errors.ShouldContain("Un nom ne peut contenir ni < ni >, ni caractères de contrôle, ni caractères invisibles de sens d'écriture.");
        var wrongPassword = await ChangePasswordTests.ChangeAsync(browser.Client, "pas le bon mot de passe", "une toute nouvelle phrase secrète");
        wrongPassword.Errors.ShouldContain("Le mot de passe est incorrect.");

        // The e-mails: each use case once.
        await UrbisApp.SubmitWithPasswordAsync(browser.Client, "/account/two-factor/recovery-codes/new", staff.Password);
        await ChangeEmailTests.RequestAsync(browser.Client, "nouvelle.adresse@example.org", staff.Password);
        await ChangeEmailTests.RequestAsync(browser.Client, (await app.AccountAsync(language: "fr")).Email, staff.Password);
        await ChangePasswordTests.ChangeAsync(browser.Client, staff.Password, "une toute nouvelle phrase secrète");
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await PasswordResetTests.RequestAsync(app.NewClient(), staff.Email);
        var subjects = (await app.MailAsync()).Select(m => m.Subject).ToList();
        subjects.ShouldContain("Modification de l'authentification à deux facteurs de votre compte sur Urbis");
        subjects.ShouldContain("Confirmez votre nouvelle adresse électronique pour Urbis");
        subjects.ShouldContain("Demande de changement de votre adresse électronique sur Urbis");
        subjects.ShouldContain("Votre adresse électronique sur Urbis");
        subjects.ShouldContain("Votre mot de passe pour Urbis a été modifié");
        subjects.ShouldContain("Choisissez un nouveau mot de passe pour Urbis");

        // The other refusal: a member whose short password relies on two-factor.
        var member = await app.AccountAsync(language: "fr");
        var memberBrowser = await app.SignInBrowserAsync(member);
        await app.EnrolTwoFactorAsync(memberBrowser.Client, member);
        await ChangePasswordTests.ChangeAsync(memberBrowser.Client, member.Password, "tram 7 bleu");
        (await memberBrowser.Client.GetPageAsync("/account/two-factor/disable")).Text.ShouldContain("Votre mot de passe compte moins de 15 caractères");
        await UrbisApp.SubmitWithPasswordAsync(memberBrowser.Client, "/account/two-factor/reset", "tram 7 bleu");

        app.MissingTranslations.ShouldBeEmpty();
    }
}
