using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Files;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Jobs;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Mail;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform;

/// <summary>The cross-cutting platform in one call each: services, middleware, endpoints.</summary>
internal static class PlatformSetup
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<NetworkCalendar>();
        builder.Services.AddHybridCache();
        builder.Services.AddOptions<PlatformOptions>().Bind(builder.Configuration.GetSection(PlatformOptions.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => builder.Environment.IsDevelopment() || builder.Configuration[PlatformOptions.Section + ":" + nameof(PlatformOptions.PublicBaseUrl)] is not null,
                "Set Urbis:PublicBaseUrl (the address people use to reach Urbis, for links in e-mails) outside Development.")
            .ValidateOnStart();
        builder.AddAudit();
        builder.AddJobs();
        builder.AddMail();
        builder.AddData();
        builder.AddFiles();
        builder.AddIdentityPlatform();
        builder.AddLocalizationPlatform();
        builder.AddSecurity();
        builder.AddWeb();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment() && !app.Configuration.GetValue<bool>("Errors:FriendlyInDevelopment"))
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
        }

        if (app.RequireHttps())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=604800",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseLanguageFromLinks();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
