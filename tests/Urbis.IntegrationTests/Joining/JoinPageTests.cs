using System.Net;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Joining;

/// <summary>/join: the network, the six conditions, this year's fees with a calculator, the form; in English and French.</summary>
public sealed class JoinPageTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task A_visitor_reads_why_and_on_what_conditions_to_join_and_finds_the_form()
    {
        var page = await app.NewClient().GetPageAsync("/join");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Join the network");
        page.Text.ShouldContain("Working groups and cooperation projects");
        page.Text.ShouldContain("The members' platform");
        page.Document.QuerySelectorAll("[data-testid=conditions] li").Length.ShouldBe(6);
        page.Document.QuerySelector("[data-testid=application-form]").ShouldNotBeNull();
        page.Document.QuerySelector("label[for=Form_OfficialName]")!.TextContent.ShouldBe("Official name of the authority");
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_published_schedule_the_fees_are_on_request()
    {
        var page = await app.NewClient().GetPageAsync("/join");
        var year = app.ThisYear;
        page.Document.QuerySelector("[data-testid=fees-on-request]")!.TextContent.ShouldContain($"the fees for {year} are not published yet");
        page.Document.QuerySelector("#fee-calculator").ShouldBeNull();
    }

    [Fact]
    public async Task Each_visit_gets_its_own_anti_forgery_token_and_submission_key_from_the_cached_page()
    {
        var first = await app.NewClient().GetPageAsync("/join");
        var second = await app.NewClient().GetPageAsync("/join");
        var key = (HtmlPage p) => p.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value");
        first.AntiforgeryToken().ShouldNotBe(second.AntiforgeryToken());
        key(first).ShouldNotBe(key(second));
        Guid.TryParse(key(first), out _).ShouldBeTrue();
        first.Html.ShouldNotContain("__urbis_");
        first.Response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("urbis-af", StringComparison.Ordinal) || c.StartsWith("__Host-urbis-af", StringComparison.Ordinal));
        first.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task The_French_address_switches_the_language_and_shows_the_French_page()
    {
        var client = app.NewClient();
        await client.ShouldRedirectToAsync("/fr/join", "/join");
        var page = await client.GetPageAsync("/fr/join");
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("fr");
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Adhérer au réseau");
        page.Text.ShouldContain("Les six conditions d'adhésion");
        page.Text.ShouldContain("Des groupes de travail et des projets de coopération");
        page.Text.ShouldContain("Cotisations sur demande");
        (await app.NewClient().GetAsync("/de/join")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        app.MissingTranslations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Signed_in_visitors_get_the_page_rendered_for_them()
    {
        var member = await app.SignInAsAsync(Roles.MemberUser);
        var page = await member.Client.GetPageAsync("/join");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("[data-testid=account-link]")!.TextContent.ShouldBe(member.User.Name);
        page.Html.ShouldNotContain("__urbis_");
    }

    [Fact]
    public async Task An_administrator_changes_the_page_text_in_French_and_the_page_shows_it_sanitised()
    {
        var admin = await app.SignInAsAsync(Roles.Administrator);
        var list = await admin.Client.GetPageAsync("/admin/content");
        list.Document.QuerySelectorAll("[data-testid=page-texts] tbody tr").Length.ShouldBe(8);
        var edit = await admin.Client.GetPageAsync("/admin/content/join-intro/fr");
        edit.Status.ShouldBe(HttpStatusCode.OK);
        var preview = await admin.Client.SubmitToAsync(edit, "/admin/content/join-intro/fr?handler=Preview", new Dictionary<string, string> { ["Markdown"] = "## Pourquoi nous rejoindre\n\nAperçu <script>alert(1)</script> [x](javascript:alert(2))" });
        preview.Document.QuerySelector("[data-testid=preview] h2")!.TextContent.ShouldBe("Pourquoi nous rejoindre");
        preview.Document.QuerySelector("[data-testid=preview] script").ShouldBeNull();
        preview.Document.QuerySelector("[data-testid=preview]")!.InnerHtml.ShouldNotContain("javascript:");
        preview.Document.QuerySelector("#Markdown")!.TextContent.ShouldContain("<script>alert(1)</script>", Case.Sensitive);

        var saved = await admin.Client.SubmitAsync(edit, new Dictionary<string, string> { ["Markdown"] = "## Rejoignez-nous\n\nUn réseau de villes <b>sûres</b>." }, followRedirects: false);
        saved.Status.ShouldBe(HttpStatusCode.Redirect);

        var visitor = app.NewClient();
        await visitor.GetAsync("/fr/join");
        var french = await visitor.GetPageAsync("/join");
        french.Document.QuerySelector("[data-testid=join-intro] h2")!.TextContent.ShouldBe("Rejoignez-nous");
        french.Document.QuerySelector("[data-testid=join-intro] b").ShouldBeNull();
        french.Text.ShouldContain("Un réseau de villes <b>sûres</b>.");
        (await app.NewClient().GetPageAsync("/join")).Text.ShouldContain("Why join", Case.Sensitive);

        var reset = await admin.Client.GetPageAsync("/admin/content/join-intro/fr");
        (await admin.Client.SubmitAsync(reset, new Dictionary<string, string>(), "form[action*='handler=Reset']", followRedirects: false)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetPageAsync("/join")).Text.ShouldContain("Pourquoi adhérer");
        (await admin.Client.GetPageAsync("/admin/content/nothing/fr")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await admin.Client.GetPageAsync("/admin/content/join-intro/de")).Status.ShouldBe(HttpStatusCode.NotFound);
        app.MissingTranslations.ShouldBeEmpty();
    }
}

/// <summary>With this year's schedule published, /join shows the fee table and computes a fee (the fees module's component).</summary>
public sealed class JoinPageFeeTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task The_fee_table_and_the_calculator_follow_the_published_schedule()
    {
        await app.PublishFeeScheduleAsync(app.ThisYear);
        var page = await app.NewClient().GetPageAsync("/join");
        page.Document.QuerySelector("[data-testid=fees-on-request]").ShouldBeNull();
        var fees = page.Document.QuerySelector("[data-testid=fees]")!;
        fees.QuerySelectorAll("h2, h3").Select(h => h.TextContent.Trim()).ShouldBe([$"Membership fees in {app.ThisYear}", "Calculate a fee"]);
        var bands = fees.QuerySelector("[data-category=Full]")!.TextContent;
        bands.ShouldContain("100,001 to 500,000");
        bands.ShouldContain("€4,500.00");
        bands.ShouldContain("500,001 and more");
        fees.QuerySelector("[data-testid=country-groups]")!.TextContent.ShouldContain("Poland");
        page.Document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();

        var estimate = await app.NewClient().SubmitGetAsync(page, new Dictionary<string, string> { ["fee-country"] = "PL", ["fee-population"] = "655 279" }, "#fee-calculator form");
        estimate.Address.AbsolutePath.ShouldBe("/join");
        estimate.Document.QuerySelector("[data-testid=fee-estimate]")!.TextContent.ShouldContain($"Annual fee {app.ThisYear}: €5,400.00");
        estimate.Document.QuerySelector("#apply form").ShouldNotBeNull();
        var germany = await app.NewClient().GetPageAsync("/join?fee-country=DE&fee-population=120000");
        germany.Document.QuerySelector("[data-testid=fee-estimate]")!.TextContent.ShouldContain("€4,500.00");
        var absurd = await app.NewClient().GetPageAsync("/join?fee-country=DE&fee-population=-3");
        absurd.Status.ShouldBe(HttpStatusCode.OK);
        absurd.Document.QuerySelector("#fee-population-error")!.TextContent.ShouldBe("Enter a number of inhabitants between 1 and 100,000,000.");
        app.MissingTranslations.ShouldBeEmpty();
    }
}
