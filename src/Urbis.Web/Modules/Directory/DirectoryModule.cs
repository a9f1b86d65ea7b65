using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Seed;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Directory;

/// <summary>The Directory: authorities (and, later, people, partners and experts).</summary>
internal static class DirectoryModule
{
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorityDirectory, AuthorityDirectory>();
        builder.Services.AddScoped<IAuthorityRegistry, AuthorityRegistry>();
        builder.Services.AddScoped<IDemoSeeder, DemoAuthoritiesSeeder>();
        return builder;
    }
}
