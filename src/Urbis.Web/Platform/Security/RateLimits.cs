using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Urbis.Web.Platform.Security;

/// <summary>
/// Limits on what an anonymous visitor can post: sign-in attempts and public forms, counted per
/// client address. Reading pages is never limited. A refusal answers 429 with Retry-After. Posts to
/// a page's <see cref="FormStepHandlersAttribute">form steps</see> (e.g. "add a partner" without
/// script) count in a bucket of their own, more generous, so that filling in a long form does not
/// use up the submits.
/// </summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PublicForm = "public-form";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignIn, context => PostsPerClient(context, SignIn, options.SignInPermits, options.Window));
            o.AddPolicy(PublicForm, context => IsFormStep(context)
                ? PostsPerClient(context, PublicForm + "-step", options.PublicFormStepPermits, options.Window)
                : PostsPerClient(context, PublicForm, options.PublicFormPermits, options.Window));
            o.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? (int)Math.Ceiling(retryAfter.TotalSeconds)
                    : (int)options.Window.TotalSeconds;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    /// <summary>
    /// The handler is read as Razor Pages selects it (route value, else the first "handler" in the
    /// query), so a post counted as a step can only run the step.
    /// </summary>
    private static bool IsFormStep(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<FormStepHandlersAttribute>() is not { } steps)
        {
            return false;
        }

        var handler = context.GetRouteValue("handler") as string;
        if (string.IsNullOrEmpty(handler) && context.Request.Query.TryGetValue("handler", out var values))
        {
            handler = values[0];
        }

        return !string.IsNullOrEmpty(handler) && steps.Handlers.Contains(handler, StringComparer.OrdinalIgnoreCase);
    }

    private static RateLimitPartition<string> PostsPerClient(HttpContext context, string policy, int permits, TimeSpan window)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });
    }
}

internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SignInPermits { get; set; } = 10;

    public int PublicFormPermits { get; set; } = 5;

    /// <summary>Posts to form steps that only show the form again (add a partner row): a person may press these often.</summary>
    public int PublicFormStepPermits { get; set; } = 60;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
