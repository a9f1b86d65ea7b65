using Urbis.Web.Modules.Fees.Audit;
using Urbis.Web.Modules.Fees.BankStatements;
using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Modules.Fees.Exports;
using Urbis.Web.Modules.Fees.Invoices;
using Urbis.Web.Modules.Fees.Invoicing;
using Urbis.Web.Modules.Fees.MemberFees;
using Urbis.Web.Modules.Fees.Overview;
using Urbis.Web.Modules.Fees.Payments;
using Urbis.Web.Modules.Fees.Pdf;
using Urbis.Web.Modules.Fees.Reminders;
using Urbis.Web.Modules.Fees.Schedules;
using Urbis.Web.Modules.Fees.Seed;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees;

/// <summary>
/// Fees: yearly fee scales, the public scale and calculator, members' fees, the annual invoice run
/// with PDFs and e-mails, payments, bank statements, reminders and the finance views.
/// </summary>
internal static class FeesModule
{
    public static WebApplicationBuilder AddFees(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeesOptions>().Bind(builder.Configuration.GetSection(FeesOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Issuer.HasValidIban, "Fees:Issuer:Iban is not a valid IBAN.")
            .Validate(o => o.ReminderDays.All(d => d is > 0 and <= 3650) && o.ReminderDays.Distinct().Count() == o.ReminderDays.Length, "Fees:ReminderDays must be distinct numbers of days between 1 and 3650.")
            .ValidateOnStart();
        var services = builder.Services;
        services.AddScoped<FeeScale>();
        services.AddScoped<IFeeScale>(sp => sp.GetRequiredService<FeeScale>());
        services.AddScoped<IArrears, Arrears>();
        services.AddSingleton<FeeTexts>();
        services.AddSingleton<InvoicePdf>();
        services.AddSingleton<InvoiceLines>();
        services.AddSingleton<ScheduleReader>();
        services.AddSingleton<ScheduleErrors>();
        services.AddSingleton<PaymentTexts>();
        services.AddSingleton<StatementTexts>();
        services.AddScoped<MemberFeeCalculator>();
        services.AddScoped<InvoiceNumbers>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<InvoiceDocuments>();
        services.AddScoped<InvoiceRunRequests>();
        services.AddScoped<InvoiceCorrections>();
        services.AddScoped<PaymentRecorder>();
        services.AddScoped<StatementImporter>();
        services.AddScoped<StatementBooking>();
        services.AddScoped<FinanceFigures>();
        services.AddScoped<NotYetInvoiced>();
        services.AddScoped<FinanceExport>();
        services.AddScoped<InvoiceFiles>();
        services.AddSingleton<InvoiceRunner>();
        services.AddSingleton<WorkSignal<InvoiceRunWorker>>();
        if (builder.Configuration.GetValue(FeesOptions.Section + ":RunWorker", true))
        {
            services.AddHostedService<InvoiceRunWorker>();
        }

        services.AddScheduledJob<ReminderJob>();
        services.AddScoped<IDemoSeeder, DemoFeeSchedulesSeeder>();
        services.AddSingleton<INavigationContributor, FeesNavigation>();
        services.AddAuditVocabulary<FeesAuditVocabulary>();
        return builder;
    }
}

internal sealed class FeesNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items() =>
    [
        new("Membership fees", typeof(FeesResource), "/fees", null, 6, AnonymousOnly: true),
        new("Invoices", typeof(FeesResource), "/members/invoices", Policies.Coordinators, 35),
        new("Finance", typeof(FeesResource), "/finance", Policies.Finance, 45),
    ];
}
