using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Security;

internal static class SecuritySetup
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var cookies = builder.Cookies();
        // Keys in the database: every web node decrypts what another one protected.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Urbis").PersistKeysToDbContext<AppDbContext>();
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            // Encrypts the keys at rest; the certificate (and its password) come from outside the repository.
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificate, builder.Configuration["DataProtection:CertificatePassword"]));
        }
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = cookies.Name("urbis-af");
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.HeaderName = "X-CSRF-TOKEN";
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        builder.Services.AddHttpsRedirection(o =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            o.HttpsPort = builder.Configuration.GetValue<int?>("Security:HttpsPort") ?? 443;
        });
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind a reverse proxy, set ForwardedHeaders:KnownProxies so the client address is right.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        builder.AddAuthorizationPolicies();
        builder.AddRateLimits();
        return builder;
    }

    /// <summary>HTTPS redirection and HSTS everywhere but Development, unless configured otherwise.</summary>
    public static bool RequireHttps(this WebApplication app) => UrbisCookies.HttpsRequired(app.Configuration, app.Environment);

    /// <summary>The cookie settings of this run, registered once and shared by every area that sets a cookie.</summary>
    public static UrbisCookies Cookies(this WebApplicationBuilder builder)
    {
        var existing = builder.Services.FirstOrDefault(d => d.ServiceType == typeof(UrbisCookies))?.ImplementationInstance as UrbisCookies;
        if (existing is not null)
        {
            return existing;
        }

        var cookies = new UrbisCookies(UrbisCookies.HttpsRequired(builder.Configuration, builder.Environment));
        builder.Services.AddSingleton(cookies);
        return cookies;
    }
}
