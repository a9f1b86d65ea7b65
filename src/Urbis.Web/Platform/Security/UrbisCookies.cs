namespace Urbis.Web.Platform.Security;

/// <summary>
/// Names and security of every cookie Urbis sets. Over HTTPS (production) each is a `__Host-`
/// cookie: Secure, Path=/, no Domain. A plain-HTTP run (Development on localhost, loopback
/// benchmarks, browser tests) drops the prefix and marks cookies secure only on secure requests,
/// since a browser refuses a `__Host-` cookie without Secure and the anti-forgery system refuses to
/// work over plain HTTP with a Secure-only cookie.
/// </summary>
internal sealed class UrbisCookies(bool httpsOnly)
{
    public bool HttpsOnly => httpsOnly;

    public CookieSecurePolicy SecurePolicy => httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public string Name(string name) => httpsOnly ? "__Host-" + name : name;

    public static bool HttpsRequired(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Security:RequireHttps") ?? !environment.IsDevelopment();
}
