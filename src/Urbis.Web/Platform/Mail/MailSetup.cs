using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;

namespace Urbis.Web.Platform.Mail;

internal static class MailSetup
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().Bind(builder.Configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
            {
                return new SmtpMailTransport(sp.GetRequiredService<IOptions<MailOptions>>());
            }

            var environment = sp.GetRequiredService<IWebHostEnvironment>();
            var folder = Path.GetFullPath(options.PickupFolder, DataFolder.Resolve(environment.ContentRootPath, sp.GetRequiredService<IConfiguration>()));
            return new PickupFolderMailTransport(folder, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton<WorkSignal<OutboxBackgroundService>>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddScoped<MailRenderer>();
        builder.Services.AddScoped<Mailer>();
        if (builder.Configuration.GetValue(MailOptions.Section + ":" + nameof(MailOptions.RunSender), true))
        {
            builder.Services.AddHostedService<OutboxBackgroundService>();
        }

        return builder;
    }
}
