using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Urbis.Web.Platform.Security;

/// <summary>
/// Limits on what an anonymous visitor can post: sign-in attempts and public forms, counted per
/// client address. Reading pages is never limited. A refusal answers 429 with Retry-After.
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
            o.AddPolicy(PublicForm, context => PostsPerClient(context, PublicForm, options.PublicFormPermits, options.Window));
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

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
