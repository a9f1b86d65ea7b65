using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Platform.Jobs;

namespace Urbis.IntegrationTests.Fees;

/// <summary>Dunning: 30, 60, 90 days after the due date, in the member's language, logged, once per step; arrears after 90 days.</summary>
public sealed class ReminderTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Unpaid_invoices_get_each_reminder_once_in_the_members_language_and_the_member_falls_in_arrears()
    {
        var finance = await app.FinanceWithScaleAsync();
        var late = await app.AddAuthorityAsync("Nantes", "FR", 180_000, language: "fr");
        var punctual = await app.AddAuthorityAsync("Rennes", "FR", 180_000);
        await app.IssueThisYearAsync();
        var punctualInvoice = await app.InvoiceOfAsync(finance, "Rennes");
        await finance.SubmitAsync(await finance.GetPageAsync(punctualInvoice.Path), new Dictionary<string, string> { ["Payment.Amount"] = "4500" }, "form[data-testid=payment-form]");
        var lateInvoice = await app.InvoiceOfAsync(finance, "Nantes");

        (await RunJobAsync()).ShouldBe(0);
        app.Clock.Advance(TimeSpan.FromDays(30 + 31));
        (await RunJobAsync()).ShouldBe(1);
        (await RunJobAsync()).ShouldBe(0, "the same step is never sent twice");

        var reminders = (await app.MailToAsync(late.FinanceEmail!)).Where(m => m.Subject!.StartsWith("Rappel", StringComparison.Ordinal)).ToList();
        reminders.Count.ShouldBe(1);
        reminders[0].Subject.ShouldBe($"Rappel : la facture {lateInvoice.Number} est impayée");
        reminders[0].TextBody!.Replace('\u202F', ' ').Replace('\u00A0', ' ').ShouldContain("il reste 4 500,00 € à payer");
        reminders[0].Attachments.Count().ShouldBe(1);
        (await app.MailToAsync(punctual.FinanceEmail!)).Count.ShouldBe(1, "only the invoice itself, no reminder");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IArrears>().OfAsync(late.Id, CancellationToken.None)).ShouldBeNull();
        }

        // Away for two months: only the latest step reached goes, then the member is in arrears.
        app.Clock.Advance(TimeSpan.FromDays(61));
        (await RunJobAsync()).ShouldBe(1);

        // Four months later the morning's session has long ended: sign in again.
        finance = (await app.SignInAsAsync(Urbis.Web.Platform.Identity.Roles.Finance)).Client;
        var log = await finance.GetPageAsync("/finance/reminders");
        log.Document.QuerySelectorAll("[data-testid=reminders-log] tbody tr").Select(r => r.TextContent).ShouldContain(t => t.Contains("3 (90 days)") && t.Contains(lateInvoice.Number));
        log.Document.QuerySelectorAll("[data-testid=reminders-log] tbody tr").Length.ShouldBe(2);
        var last = (await app.MailToAsync(late.FinanceEmail!)).Last();
        last.Subject.ShouldBe($"Dernier rappel : la facture {lateInvoice.Number} est impayée");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var arrears = await scope.ServiceProvider.GetRequiredService<IArrears>().AllAsync(CancellationToken.None);
            arrears.Keys.ShouldBe([late.Id]);
            arrears[late.Id].Overdue.ShouldBe(4_500m);
        }

        var coordinator = (await app.CoordinatorOfAsync(late.Id)).Client;
        (await coordinator.GetPageAsync("/members/invoices")).Document.QuerySelector("[data-testid=arrears]")!.TextContent.ShouldContain("€4,500.00 has been overdue since");
        (await finance.GetPageAsync("/finance")).Text.ShouldContain("1 member is in arrears.");
        (await finance.GetPageAsync(lateInvoice.Path)).Document.QuerySelectorAll("[data-testid=reminders] li").Length.ShouldBe(2);
        app.MissingTranslations.ShouldBeEmpty();
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().OfType<Urbis.Web.Modules.Fees.Reminders.ReminderJob>().Single();
        return await job.SendDueAsync(CancellationToken.None);
    }
}
