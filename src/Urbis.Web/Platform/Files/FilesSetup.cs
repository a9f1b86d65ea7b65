namespace Urbis.Web.Platform.Files;

internal static class FilesSetup
{
    public static WebApplicationBuilder AddFiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IFileStore, DatabaseFileStore>();
        return builder;
    }
}
