using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Security;

namespace Urbis.IntegrationTests.Security;

/// <summary>
/// Every endpoint states who may use it: a named policy, or an explicit anonymous mark that is on
/// this reviewed list. A new anonymous endpoint fails this test until it is added here on purpose.
/// </summary>
public sealed class EndpointCoverageTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    /// <summary>The pages and endpoints anyone may use, and why.</summary>
    public static readonly IReadOnlySet<string> AnonymousAllowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "/",                                   // public home page
        "/error/{code:int?}",                  // friendly error pages
        "/language",                           // language switch
        "/health/live",                        // liveness probe (no data)
        "/health/ready",                       // readiness probe (database up or not, no data)
        "/account/sign-in",                    // signing in
        "/account/sign-in/two-factor",         // second step (the two-factor cookie says who)
        "/account/sign-in/recovery",           // second step with a recovery code
        "/account/sign-out",                   // also tells a signed-out visitor so
        "/account/invitation",                 // invitation link from the e-mail
        "/account/forgot-password",            // asking for a reset link
        "/account/reset-password",             // the reset link from the e-mail
        "/account/email/confirm",              // confirming a new e-mail address from the e-mail
        "/join",                               // the public join page and application form (posts rate-limited, honeypot)
        "/{language:length(2)}/join",          // the join page's address per language (/fr/join): sets the language, redirects
        "/join/thanks",                        // after applying or answering: says what happens next
        "/join/known",                         // tells an applicant their authority is already a member or applied
        "/join/resume/{token}",                // a saved draft, reached through the private link e-mailed to the applicant
        "/join/answer/{token}",                // answering the secretariat, through the private link e-mailed to the applicant
        "/fees",                               // the published fee scale and calculator: fees are public (DESIGN.md §2)
    };

    [Fact]
    public void Every_endpoint_has_a_named_policy_or_an_allowed_anonymous_mark()
    {
        var endpoints = EndpointAccess.Of(app);
        endpoints.Count.ShouldBeGreaterThan(5);
        var unclear = endpoints
            .Where(e => e.Anonymous ? !AnonymousAllowed.Contains(e.Route) : e.Policies.Count == 0)
            .Select(e => e.ToString());
        unclear.ShouldBeEmpty("each endpoint needs [Authorize(Policy = Policies.X)] or a reviewed [AllowAnonymous]");
    }

    /// <summary>Anonymous forms that need no limit: they change nothing but the visitor's own state.</summary>
    private static readonly IReadOnlySet<string> UnlimitedAnonymousForms = new HashSet<string>(StringComparer.Ordinal)
    {
        "/account/sign-out",    // ends the caller's own session
        "/language",            // sets the caller's own language
        "/error/{code:int?}",   // error pages re-run for failed POSTs
    };

    [Fact]
    public void Every_public_form_is_rate_limited()
    {
        var unlimited = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is { } page
                && page.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>() is null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !UnlimitedAnonymousForms.Contains(r))
            .Distinct();
        unlimited.ShouldBeEmpty("add [EnableRateLimiting(RateLimits.PublicForm)] (or SignIn) to the page model");
    }

    [Fact]
    public void Every_policy_named_by_an_endpoint_exists()
    {
        var unknown = EndpointAccess.Of(app).SelectMany(e => e.Policies).Where(p => !Policies.All.Contains(p)).Distinct();
        unknown.ShouldBeEmpty();
    }

    [Fact]
    public void No_endpoint_is_both_anonymous_and_restricted()
    {
        // [AllowAnonymous] silently wins over [Authorize]: having both hides a mistake.
        EndpointAccess.Of(app).Where(e => e.Anonymous && e.Policies.Count > 0).Select(e => e.ToString()).ShouldBeEmpty();
    }
}
