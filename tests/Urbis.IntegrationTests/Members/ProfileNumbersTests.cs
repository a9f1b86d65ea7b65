using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Members;

/// <summary>The profile page reads the number of inhabitants and the website as the join form does: one way of reading them.</summary>
public sealed class ProfileNumbersTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Theory]
    [InlineData("en", "12,5")]
    [InlineData("fr", "12,5")]
    [InlineData("en", "1 23")]
    public async Task A_population_that_is_not_a_whole_number_is_refused_with_a_clear_message(string language, string typed)
    {
        var (client, id) = await CoordinatorAsync(language);
        var page = await client.GetPageAsync($"/authorities/{id}/profile");
        var answer = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Population"] = typed }, followRedirects: false);

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        answer.Document.QuerySelector("#Input_Population-error")!.TextContent.ShouldBe(language == "fr"
            ? "Saisissez le nombre d'habitants en nombre entier, par exemple 125000."
            : "Enter the number of inhabitants as a whole number, for example 125000.");
        answer.Document.QuerySelector("#Input_Population")!.GetAttribute("value").ShouldBe(typed);
        (await PopulationAsync(id)).ShouldBe(100_000);
    }

    [Theory]
    [InlineData("en", "12 500")]
    [InlineData("en", "12,500")]
    [InlineData("fr", "12\u202F500")]
    [InlineData("fr", "12 500")]
    [InlineData("fr", "12.500")]
    [InlineData("en", "12500")]
    public async Task Thousands_written_as_people_write_them_are_read(string language, string typed)
    {
        var (client, id) = await CoordinatorAsync(language);
        var page = await client.GetPageAsync($"/authorities/{id}/profile");
        var answer = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Population"] = typed }, followRedirects: false);

        answer.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" | ", answer.Errors));
        (await PopulationAsync(id)).ShouldBe(12_500);
    }

    [Fact]
    public async Task A_website_without_https_is_completed_as_on_the_join_form()
    {
        var (client, id) = await CoordinatorAsync("en");
        var page = await client.GetPageAsync($"/authorities/{id}/profile");
        (await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Website"] = "www.gdynia.example" }, followRedirects: false)).Status.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Authority>().SingleAsync(a => a.Id == id)).Website.ShouldBe("https://www.gdynia.example/");
    }

    private async Task<(HttpClient Client, Guid Authority)> CoordinatorAsync(string language)
    {
        var id = (await app.AddAuthorityAsync("Gdynia " + Guid.NewGuid().ToString("N")[..6], "PL", 100_000)).Id;
        var coordinator = await app.SignInAsAsync(Roles.MemberCoordinator, id, language);
        return (coordinator.Client, id);
    }

    private async Task<int?> PopulationAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Authority>().AsNoTracking().SingleAsync(a => a.Id == id)).Population;
    }
}
