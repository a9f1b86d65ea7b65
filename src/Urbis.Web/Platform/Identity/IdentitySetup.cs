using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Account;
using Urbis.Web.Platform.Identity.Sessions;
using Urbis.Web.Platform.Jobs;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Platform.Identity;

internal static class IdentitySetup
{
    public static WebApplicationBuilder AddIdentityPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var cookies = builder.Cookies();
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
        services.AddScheduledJob<ExpiredSessionCleanup>();

        services.ConfigureApplicationCookie(o =>
        {
            var idle = builder.Configuration.GetSection(UserSessionOptions.Section).Get<UserSessionOptions>()?.IdleTimeout ?? new UserSessionOptions().IdleTimeout;
            o.Cookie.Name = cookies.Name("urbis");
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/error/403";

            // A refusal answers 403 at the address asked for (the status-code page shows why),
            // instead of redirecting to an error address.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.ReturnUrlParameter = "returnUrl";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = cookies.Name("urbis-2fa");
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o =>
        {
            o.Cookie.Name = cookies.Name("urbis-2fa-device");
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.Path = "/";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o =>
        {
            o.Cookie.Name = cookies.Name("urbis-ext");
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.Path = "/";
        });
        return builder;
    }
}
