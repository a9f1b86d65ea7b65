using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;

namespace Urbis.IntegrationTests.Security;

/// <summary>Every endpoint of the running app, with the access it declares.</summary>
public sealed record EndpointAccess(string Route, IReadOnlyList<string> Methods, bool Anonymous, IReadOnlyList<string> Policies)
{
    public override string ToString() => $"{string.Join(",", Methods)} {Route}";

    public static IReadOnlyList<EndpointAccess> Of(UrbisApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => new EndpointAccess(
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET", "POST"],
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                [.. e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => !string.IsNullOrEmpty(p)).OfType<string>()]))
            .GroupBy(e => e.Route)
            .Select(g => g.First() with { Methods = [.. g.SelectMany(e => e.Methods).Distinct()] })
            .OrderBy(e => e.Route, StringComparer.Ordinal)];

    /// <summary>The route with sample values for its parameters (an id that exists nowhere).</summary>
    public string SampleUrl() =>
        System.Text.RegularExpressions.Regex.Replace(Route, "\\{([^}:?]+)(:[^}?]+)?\\??\\}", m => m.Groups[2].Value switch
        {
            ":int" => "1",
            _ => "0195f2a0-0000-7000-8000-00000000abcd",
        });
}
