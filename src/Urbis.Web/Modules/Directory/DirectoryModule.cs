using Urbis.Web.Modules.Directory.AuthorityPeople;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Seed;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Directory;

/// <summary>The Directory: authorities and their people (and, later, partners and experts).</summary>
internal static class DirectoryModule
{
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorityDirectory, AuthorityDirectory>();
        builder.Services.AddScoped<IAuthorityRegistry, AuthorityRegistry>();
        builder.Services.AddScoped<IDemoSeeder, DemoAuthoritiesSeeder>();
        builder.Services.AddScoped<PeopleQuery>();
        builder.Services.AddSingleton<INavigationContributor, DirectoryNavigation>();
        builder.Services.AddScoped<Platform.Audit.IAuditVocabulary, Audit.DirectoryAuditVocabulary>();
        return builder;
    }
}

internal sealed class DirectoryNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items() =>
    [
        new("Members' area", typeof(DirectoryResource), "/members", Policies.Members, 20),
        new("My authority", typeof(DirectoryResource), "/members/authority", Policies.Coordinators, 30),
    ];
}
