using System.Reflection;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Content;

internal static class ContentSetup
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<ContentGeneration>();
        builder.Services.AddSingleton<ContentRegistry>();
        builder.Services.AddScoped<ContentStore>();
        builder.Services.AddSingleton<INavigationContributor, ContentNavigation>();
        return builder;
    }

    /// <summary>
    /// Offers a page text for editing by administrators. Its default Markdown is embedded beside the
    /// module: <c>{folder}/en/{key}.md</c> and <c>{folder}/fr/{key}.md</c>.
    /// </summary>
    public static IServiceCollection AddPageText(this IServiceCollection services, string key, Type labelResource, string labelKey, Assembly assembly, string defaultsFolder) =>
        services.AddSingleton(new ContentDefinition(key, labelResource, labelKey, assembly, defaultsFolder));
}

internal sealed class ContentNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items() => [new("Page texts", typeof(ContentResource), "/admin/content", Policies.Administration, 85)];
}
