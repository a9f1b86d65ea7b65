using Urbis.Web.Platform.Identity.Account.Email;
using Urbis.Web.Platform.Identity.Account.Overview;
using Urbis.Web.Platform.Identity.Account.Password;
using Urbis.Web.Platform.Identity.Account.PasswordReset;
using Urbis.Web.Platform.Identity.Account.SignIn;
using Urbis.Web.Platform.Identity.Account.TwoFactor;
using Urbis.Web.Platform.Identity.Sessions;

namespace Urbis.Web.Platform.Identity.Account;

internal static class AccountSetup
{
    /// <summary>The services of the account pages: signing in and a person's own account.</summary>
    public static IServiceCollection AddAccountSelfService(this IServiceCollection services)
    {
        services.AddScoped<SignInCompletion>();
        services.AddScoped<Reauthentication>();
        services.AddScoped<SessionRenewal>();
        services.AddScoped<AccountSummaryQuery>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<ChangeEmailHandler>();
        services.AddScoped<ConfirmEmailChangeHandler>();
        services.AddScoped<ForgotPasswordHandler>();
        services.AddSingleton<ResetRequests>();
        services.AddHostedService<ResetRequestProcessor>();
        services.AddScoped<ResetPasswordHandler>();
        services.AddScoped<TwoFactorChanges>();
        return services;
    }
}
