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

    /// <summary>Registers a module's words for its audited records (scoped: it may read the database).</summary>
    public static IServiceCollection AddAuditVocabulary<TVocabulary>(this IServiceCollection services)
        where TVocabulary : class, IAuditVocabulary =>
        services.AddScoped<IAuditVocabulary, TVocabulary>();
}
