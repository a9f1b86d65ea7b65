namespace Urbis.Web.Platform.Jobs;

internal static class JobsSetup
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobOptions>().Bind(builder.Configuration.GetSection(JobOptions.Section));
        builder.Services.AddSingleton<JobRunner>();
        if (builder.Configuration.GetValue(JobOptions.Section + ":" + nameof(JobOptions.RunScheduler), true))
        {
            builder.Services.AddHostedService<JobScheduler>();
        }

        return builder;
    }

    /// <summary>Registers a scheduled job (scoped: each run gets a fresh scope and DbContext).</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob =>
        services.AddScoped<IScheduledJob, TJob>();
}
