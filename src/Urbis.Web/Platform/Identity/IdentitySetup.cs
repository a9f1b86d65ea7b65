using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Account;
using Urbis.Web.Platform.Identity.Sessions;

namespace Urbis.Web.Platform.Identity;

internal static class IdentitySetup
{
    public const string CookieName = "__Host-urbis";

    public static WebApplicationBuilder AddIdentityPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<UserSessionOptions>().Bind(builder.Configuration.GetSection(UserSessionOptions.Section));
        services.AddIdentity<User, Role>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

                // Length and blocklist are checked by PasswordPolicy; no composition rules (NIST 800-63B).
                o.Password.RequiredLength = PasswordPolicy.MinimumWithTwoFactor;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Tokens.AuthenticatorTokenProvider = OneTimeTotpTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<UrbisUserManager>()
            .AddSignInManager<UrbisSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ClockedTokenProvider>(TokenOptions.DefaultProvider)
            .AddTokenProvider<OneTimeTotpTokenProvider>(OneTimeTotpTokenProvider.ProviderName)
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddClaimsPrincipalFactory<UrbisClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        services.RemoveAll<IPasswordValidator<User>>();
        services.AddScoped<IPasswordValidator<User>, PasswordPolicy>();
        services.AddSingleton<CommonPasswords>();
        services.AddAccountSelfService();
        services.AddScoped<IDemoSeeder, DemoAccountsSeeder>();

        // Reset and e-mail change links: a short life.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        services.AddSingleton<ITicketStore, DatabaseTicketStore>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, UseDatabaseTicketStore>();
        services.AddScoped<SessionRevoker>();
        services.AddSingleton<SessionStarter>();
        services.ConfigureApplicationCookie(o =>
        {
            var idle = builder.Configuration.GetSection(UserSessionOptions.Section).Get<UserSessionOptions>()?.IdleTimeout ?? new UserSessionOptions().IdleTimeout;
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/error/403";
            o.ReturnUrlParameter = "returnUrl";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "__Host-urbis-2fa";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o =>
        {
            o.Cookie.Name = "__Host-urbis-2fa-device";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.Path = "/";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o =>
        {
            o.Cookie.Name = "__Host-urbis-ext";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.Path = "/";
        });
        return builder;
    }
}
