using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.IntegrationTests.Fees;

/// <summary>A new population or category changes next year's fee, never an invoice already issued.</summary>
public sealed class FeeChangesTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task A_new_population_and_a_new_category_change_next_years_fee_not_the_issued_invoice()
    {
        var finance = await app.FinanceWithScaleAsync();
        var year = app.ThisYear;
        await app.PublishScaleAsync(finance, year + 1);
        var member = await app.AddAuthorityAsync("Heidelberg", "DE", 90_000);
        await app.IssueThisYearAsync();
        var invoice = await app.InvoiceOfAsync(finance, "Heidelberg");
        (await finance.GetPageAsync(invoice.Path)).Document.QuerySelector("[data-testid=invoice-total]")!.TextContent.ShouldBe("€2,000.00");

        // The Directory records next year's population (it is valid from 1 January next year).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuthorityRegistry>().RecordPopulationAsync(member.Id, 300_000, year + 1, "Census", CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        (await finance.GetPageAsync($"/finance/fees/{year + 1}/members/{member.Id}")).Document.QuerySelector("[data-testid=fee-due]")!.TextContent.ShouldBe("€9,000.00");
        (await finance.GetPageAsync($"/finance/fees/{year}/members/{member.Id}")).Document.QuerySelector("[data-testid=fee-due]")!.TextContent.ShouldBe("€2,000.00");
        (await finance.GetPageAsync(invoice.Path)).Document.QuerySelector("[data-testid=invoice-total]")!.TextContent.ShouldBe("€2,000.00");

        // The member becomes an associate: next year follows the current category (which that scale does not price).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var membership = await db.Set<Urbis.Web.Modules.Membership.Domain.Membership>().SingleAsync(m => m.AuthorityId == member.Id);
            membership.Category = MembershipCategory.Associate;
            await db.SaveChangesAsync();
        }

        var next = await finance.GetPageAsync($"/finance/fees/{year + 1}/members/{member.Id}");
        next.Document.QuerySelector("[data-testid=member-fee]")!.TextContent.ShouldContain("Associate member");
        next.Text.ShouldContain("The scale does not price this category");
        (await finance.GetPageAsync(invoice.Path)).Document.QuerySelector("[data-testid=invoice-details]")!.TextContent.ShouldContain("2,000");
    }
}
