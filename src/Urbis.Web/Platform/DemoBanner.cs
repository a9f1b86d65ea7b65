using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform;

/// <summary>What a newcomer needs after `dotnet run`: where Urbis is and how to sign in.</summary>
internal static class DemoBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(no address)";
        Console.WriteLine();
        Console.WriteLine("  Urbis is running with its demo network at " + url);
        Console.WriteLine($"  Demo accounts (password: \"{DemoAccountsSeeder.DemoPassword}\"):");

        // The roles as the pages name them, in English like the rest of this banner.
        var labels = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            foreach (var account in DemoAccountsSeeder.Accounts)
            {
                var key = account.AuthenticatorKey is null ? "" : $"  two-factor key {account.AuthenticatorKey} (e.g. oathtool --totp -b {account.AuthenticatorKey})";
                Console.WriteLine($"    {RoleLabels.For(account.Role, labels),-20} {account.Email,-30}{key}");
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        Console.WriteLine("  E-mails are written to the mail pickup folder (App_Data/mail-pickup) as .eml files.");
        Console.WriteLine();
    }
}
