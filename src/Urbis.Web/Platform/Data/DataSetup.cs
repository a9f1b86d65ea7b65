using Microsoft.EntityFrameworkCore;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Platform.Data;

internal static class DataSetup
{
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DatabaseOptions.Section);
        builder.Services.AddOptions<DatabaseOptions>().Bind(section).ValidateOnStart();
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Urbis");

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString = SqliteConnectionString(connectionString, builder.Environment.ContentRootPath, builder.Configuration);
                builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o
                    .UseSqlite(connectionString)
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<OutboxSignalInterceptor>()));
                break;
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Urbis is empty.");
                }

                builder.Services.AddDbContext<AppDbContext, PostgreSqlAppDbContext>((sp, o) => o
                    .UseNpgsql(connectionString)
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<OutboxSignalInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }

        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>The zero-configuration default: a file under the data folder, created on first start.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = DataFolder.Resolve(contentRoot, configuration);
        return $"Data Source={Path.Combine(folder, "urbis.db")};Default Timeout=30";
    }
}

/// <summary>Where Urbis keeps its local files: the SQLite database and the mail pickup folder.</summary>
internal static class DataFolder
{
    public static string Resolve(string contentRoot, IConfiguration configuration)
    {
        var folder = configuration["Storage:DataFolder"];
        folder = string.IsNullOrWhiteSpace(folder) ? Path.Combine(contentRoot, "App_Data") : Path.GetFullPath(folder, contentRoot);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
