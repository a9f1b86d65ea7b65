namespace Urbis.Web.Platform.Audit;

internal static class AuditSetup
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<CurrentActor>();
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddScoped<AuditTrail>();
        return builder;
    }
}
