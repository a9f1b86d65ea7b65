using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;

namespace Urbis.Web.Platform.Web;

internal static class WebSetup
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        var cookies = builder.Cookies();
        builder.Services.AddRazorPages(o =>
            {
                // Pages live in their feature folders under Platform/ and Modules/; each declares its route.
                o.RootDirectory = "/";

                // A page that forgets to choose is closed to anonymous visitors ([AllowAnonymous]
                // opens it). Not a fallback policy: that would also turn unknown addresses into
                // sign-in redirects instead of 404s. EndpointCoverageTests checks every choice.
                o.Conventions.AuthorizeFolder("/");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        builder.Services.Configure<RazorViewEngineOptions>(o =>
        {
            o.PageViewLocationFormats.Add("/Platform/Web/{0}" + RazorViewEngine.ViewExtension);
            o.ViewLocationFormats.Add("/Platform/Web/{0}" + RazorViewEngine.ViewExtension);
        });
        builder.Services.AddScoped<NavigationMenu>();
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = cookies.Name("urbis-tmp");
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.Path = "/";
        });

        // French and other languages are written as they are, not as numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return builder;
    }
}

/// <summary>Model-binding messages ("The value '' is invalid.") in the visitor's language.</summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        // The localizer reads the current UI culture at each call, so one instance serves every request.
        var s = factory.Create(typeof(SharedResource));
        var provider = options.ModelBindingMessageProvider;
        provider.SetValueMustNotBeNullAccessor(_ => s["Enter a value."]);
        provider.SetMissingBindRequiredValueAccessor(_ => s["Enter a value."]);
        provider.SetMissingKeyOrValueAccessor(() => s["Enter a value."]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => s["Enter a value."]);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => s["The value '{0}' is not valid.", value]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => s["The value '{0}' is not valid.", value]);
        provider.SetUnknownValueIsInvalidAccessor(_ => s["The value is not valid."]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => s["The value is not valid."]);
        provider.SetValueIsInvalidAccessor(value => s["The value '{0}' is not valid.", value]);
        provider.SetValueMustBeANumberAccessor(_ => s["Enter a number."]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => s["Enter a number."]);
    }
}
