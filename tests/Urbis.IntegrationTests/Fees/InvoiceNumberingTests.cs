using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Invoicing;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;

namespace Urbis.IntegrationTests.Fees;

/// <summary>
/// Invoice numbers are sequential per year without gaps, also when several are issued at the same
/// moment. On PostgreSQL the requests really run side by side (the counter row's lock orders
/// them); on SQLite the single writer orders them. Both must give 1..n, each once.
/// </summary>
public sealed class InvoiceNumberingTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Corrections_issued_at_the_same_moment_take_consecutive_numbers_without_gaps()
    {
        var year = app.ThisYear;
        var finance = (await app.SignInAsAsync(Roles.Finance)).Client;
        await app.PublishScaleAsync(finance, year);
        for (var i = 0; i < 12; i++)
        {
            await app.AddAuthorityAsync($"Concurrent city {i:00}", "ES", 120_000 + i);
        }

        await app.IssueInvoicesAsync(finance, year);
        var invoices = (await finance.GetPageAsync($"/finance/invoices?year={year}")).Document
            .QuerySelectorAll("[data-testid=invoices] tbody tr a").Select(a => a.GetAttribute("href")!).ToList();
        invoices.Count.ShouldBe(12);
        var pages = new List<HtmlPage>();
        foreach (var invoice in invoices)
        {
            pages.Add(await finance.GetPageAsync(invoice));
        }

        // Twelve corrections at once: each issues a credit note and a replacing invoice.
        var answers = await Task.WhenAll(pages.Select(page => finance.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Correction.Reason"] = "Population figure corrected by the national office",
            ["Correction.NewAmount"] = "4000",
        }, "form[data-testid=correct-form]", followRedirects: false)));
        answers.Select(a => a.Status).ShouldAllBe(s => s == HttpStatusCode.Redirect);

        var numbers = await NumbersAsync();
        numbers.Where(n => n.Kind == InvoiceKind.Invoice).Select(n => n.Sequence).Order().ShouldBe(Enumerable.Range(1, 24));
        numbers.Where(n => n.Kind == InvoiceKind.CreditNote).Select(n => n.Sequence).Order().ShouldBe(Enumerable.Range(1, 12));
        numbers.Select(n => n.Number).Distinct().Count().ShouldBe(36);
    }

    private async Task<List<(InvoiceKind Kind, int Year, int Sequence, string Number)>> NumbersAsync() => await InvoiceIntegrityTests.NumbersAsync(app);
}

/// <summary>Numbers given back by a rolled-back transaction are reused; an issued invoice refuses every change.</summary>
public sealed class InvoiceIntegrityTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Numbers_of_a_transaction_that_rolls_back_are_given_again_so_none_is_missing()
    {
        var member = await app.AddAuthorityAsync("Rollback city", "IT", 80_000);
        const int attempts = 30;
        var year = 2090;
        await Task.WhenAll(Enumerable.Range(0, attempts).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var issuer = scope.ServiceProvider.GetRequiredService<InvoiceIssuer>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await issuer.IssueAsync([Draft(member.Id, year)], CancellationToken.None);
            await db.SaveChangesAsync();
            if (i % 3 == 0)
            {
                await transaction.RollbackAsync();
                return;
            }

            await transaction.CommitAsync();
        })));

        var sequences = (await NumbersAsync()).Where(n => n.Year == year).Select(n => n.Sequence).Order().ToList();
        sequences.ShouldBe(Enumerable.Range(1, attempts - (attempts / 3)));
    }

    [Fact]
    public async Task An_issued_invoice_cannot_be_changed_even_by_code_that_tries()
    {
        var member = await app.AddAuthorityAsync("Immutable city", "IT", 80_000);
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            id = (await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync([Draft(member.Id, 2091)], CancellationToken.None))[0].Id;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        foreach (var property in new[] { nameof(Invoice.Total), nameof(Invoice.Number), nameof(Invoice.CustomerAddress), nameof(Invoice.DueDate) })
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var invoice = await db.Set<Invoice>().SingleAsync(i => i.Id == id);
            var entry = db.Entry(invoice).Property(property);
            entry.CurrentValue = property switch
            {
                nameof(Invoice.Total) => 1m,
                nameof(Invoice.DueDate) => new DateOnly(2099, 1, 1),
                _ => "changed",
            };
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Invoice>().AsNoTracking().SingleAsync(i => i.Id == id);
            stored.Total.ShouldBe(1234.56m);
            stored.Number.ShouldBe("2091-00001");
        }
    }

    private static InvoiceDraft Draft(Guid authorityId, int year) => new(
        InvoiceKind.Invoice, InvoiceOrigin.Correction, year, authorityId, MembershipCategory.Full, "Test city", "1 Square\n00100 City", "IT",
        "Treasurer", "t@test.urbis.localhost", "en", new DateOnly(year, 2, 1), new DateOnly(year, 3, 3), "EUR",
        [new InvoiceLine { Description = "Membership fee", Amount = 1234.56m }]);

    private Task<List<(InvoiceKind Kind, int Year, int Sequence, string Number)>> NumbersAsync() => NumbersAsync(app);

    internal static async Task<List<(InvoiceKind Kind, int Year, int Sequence, string Number)>> NumbersAsync(UrbisApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Invoice>().AsNoTracking()
            .Select(i => new { i.Kind, i.NumberYear, i.Sequence, i.Number }).ToListAsync())
            .Select(i => (i.Kind, i.NumberYear, i.Sequence, i.Number)).ToList();
    }
}
