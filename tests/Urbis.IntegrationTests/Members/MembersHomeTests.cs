using System.Globalization;
using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Members;

/// <summary>A host whose network has three members from the start (the figures are read once and kept).</summary>
public sealed class MembersApp : UrbisApp, IAsyncLifetime
{
    public Guid Antwerpen { get; private set; }

    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Antwerpen = (await AddAuthorityAsync("Antwerpen", "BE", 529_247, populationYear: 2024)).Id;
        await AddAuthorityAsync("Lyon", "FR", 522_250);
        await AddAuthorityAsync("Bordeaux", "FR", 261_804);
    }
}

/// <summary>The members' home at /members.</summary>
public sealed class MembersHomeTests(MembersApp app) : IClassFixture<MembersApp>
{
    [Fact]
    public async Task A_member_sees_their_authority_and_the_network_at_a_glance()
    {
        var member = await app.SignInAsAsync(Roles.MemberUser, app.Antwerpen);
        var page = await member.Client.GetPageAsync("/members");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var authority = page.Document.QuerySelector("[data-testid=my-authority]")!;
        authority.QuerySelector("h3")!.TextContent.ShouldBe("Antwerpen");
        authority.QuerySelector("[data-testid=country]")!.TextContent.ShouldBe("Belgium");
        authority.QuerySelector("[data-testid=population]")!.TextContent.Trim().ShouldBe("529,247 inhabitants (2024)");
        page.Document.QuerySelector("[data-figure=members]")!.TextContent.ShouldBe("3");
        page.Document.QuerySelector("[data-figure=countries]")!.TextContent.ShouldBe("2");
        var countries = page.Document.QuerySelectorAll("[data-testid=network] ~ table tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        countries.Select(c => string.Join(" ", c)).ShouldBe(["France 2", "Belgium 1"]);
        page.Document.QuerySelector("[data-testid=people-link]").ShouldBeNull();
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_French_speaking_member_reads_names_and_numbers_the_French_way()
    {
        var member = await app.SignInAsAsync(Roles.MemberUser, app.Antwerpen, language: "fr");
        var page = await member.Client.GetPageAsync("/members");

        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Espace membres");
        page.Document.QuerySelector("[data-testid=country]")!.TextContent.ShouldBe("Belgique");
        var population = page.Document.QuerySelector("[data-testid=population]")!.TextContent.Trim();
        population.ShouldBe(529_247.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")) + " habitants (2024)");
        population.ShouldNotContain("529,247");
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_coordinator_is_offered_their_authoritys_people()
    {
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, app.Antwerpen);
        var page = await coordinator.Client.GetPageAsync("/members");
        page.Document.QuerySelector("[data-testid=people-link]")!.GetAttribute("href").ShouldBe($"/authorities/{app.Antwerpen}/people");
    }

    [Fact]
    public async Task The_secretariat_sees_the_network_and_the_way_back_to_the_back_office()
    {
        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var page = await staff.Client.GetPageAsync("/members");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Your account is not linked to a member authority.");
        page.Document.QuerySelector("main a[href='/office']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Partners_are_refused_visitors_sent_to_sign_in_and_the_secretariat_to_two_factor()
    {
        var partner = await app.SignInAsAsync(Roles.PartnerExpert);
        await partner.Client.ShouldBeForbiddenAsync("/members");
        await app.NewClient().ShouldRedirectToAsync("/members", "/account/sign-in");
        var staff = await app.SignInWithoutTwoFactorAsync(Roles.SecretariatStaff);
        await staff.Client.ShouldRedirectToAsync("/members", "/account/two-factor");
    }
}
