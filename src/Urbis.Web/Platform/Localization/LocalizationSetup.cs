using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Urbis.Web.Platform.Localization;

internal static class LocalizationSetup
{
    public static WebApplicationBuilder AddLocalizationPlatform(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        if (builder.Configuration.GetValue<bool>("Localization:RecordMissing"))
        {
            // Tests: every lookup of a key that no resource file holds is recorded, so a test fails.
            builder.Services.AddSingleton<MissingTranslations>();
            builder.Services.AddSingleton<ResourceManagerStringLocalizerFactory>();
            builder.Services.AddSingleton<IStringLocalizerFactory, RecordingStringLocalizerFactory>();
        }

        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Supported.Select(l => new CultureInfo(l.CultureName)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Languages.Supported[0].CultureName);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new LanguageCultureProvider()];
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        return builder;
    }
}
