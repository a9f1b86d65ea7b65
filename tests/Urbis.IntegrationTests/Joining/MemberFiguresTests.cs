using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Membership;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Joining;

/// <summary>The public home page counts the members: a cached figure, but never one that lags behind an approval.</summary>
public sealed class MemberFiguresTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task An_approval_shows_in_the_public_figures_at_once()
    {
        var visitor = app.NewClient();
        (await MaltaRowAsync(visitor)).ShouldBeNull();
        var before = await LeadAsync(visitor);

        var staff = await app.SignInAsAsync(Roles.SecretariatStaff);
        var reference = await app.SubmitApplicationAsync("Valletta", "MT", "city@valletta.example");
        var id = await app.RecommendedApplicationAsync(staff.Client, reference);
        (await app.ApproveAsync(staff.Client, id)).Status.ShouldBe(HttpStatusCode.Redirect);

        (await MaltaRowAsync(visitor)).ShouldBe("1");
        (await LeadAsync(visitor)).ShouldNotBe(before);
    }

    [Fact]
    public async Task The_figures_are_counted_even_when_the_first_asker_s_request_has_ended()
    {
        await app.Services.GetRequiredService<MembershipFigures>().ForgetAsync(CancellationToken.None); // nothing cached: this call counts
        IMembershipFigures figures;
        await using (var request = app.Services.CreateAsyncScope())
        {
            figures = request.ServiceProvider.GetRequiredService<IMembershipFigures>();
        }

        // The request's scope (and its DbContext) is gone; the shared count does not depend on it.
        await Should.NotThrowAsync(() => figures.GetAsync(CancellationToken.None));
    }

    private static async Task<string?> MaltaRowAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/");
        page.Status.ShouldBe(HttpStatusCode.OK);
        return page.Document.QuerySelectorAll("tbody tr").FirstOrDefault(r => r.Children[0].TextContent == "Malta")?.Children[1].TextContent;
    }

    private static async Task<string> LeadAsync(HttpClient client) =>
        (await client.GetPageAsync("/")).Document.QuerySelector(".hero .lead")!.TextContent.Trim();
}
