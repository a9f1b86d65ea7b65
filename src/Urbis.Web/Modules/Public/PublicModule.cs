using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Public;

/// <summary>The public face of the network: its home page.</summary>
internal static class PublicModule
{
    public static WebApplicationBuilder AddPublicPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<INavigationContributor, PublicNavigation>();
        return builder;
    }
}

internal sealed class PublicNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items() => [new("Home", typeof(SharedResource), "/", null, 0)];
}
