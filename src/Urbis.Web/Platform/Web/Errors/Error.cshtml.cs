using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform.Web.Errors;

/// <summary>Friendly pages for errors: 400, 403, 404, 405, 429, 500 and any other status. Anyone.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(IStringLocalizer<SharedResource> s) : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public string? RequestId { get; private set; }

    // The code is read from the route, not bound: when a re-executed POST carries a form that
    // cannot be read (e.g. a NUL character), Razor Pages binds nothing and a 400 became a 500.
    public IActionResult OnGet() => Show(Code);

    public IActionResult OnPost() => Show(Code);

    private int? Code => int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;

    private IActionResult Show(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        if (status < 400 || status > 599)
        {
            status = StatusCodes.Status404NotFound;
        }

        (Title, Explanation) = status switch
        {
            400 => (s["The request could not be processed"], s["Something in the request was not valid. Go back, check what you entered and try again."]),
            403 => (s["You cannot open this page"], s["Your account does not give access to this page. If you think it should, contact the secretariat."]),
            404 => (s["Page not found"], s["The page you asked for does not exist or has moved. Check the address, or start again from the home page."]),
            405 => (s["The request could not be processed"], s["This page cannot be used this way. Go back and try again."]),
            429 => (s["Too many attempts"], s["You have sent too many requests in a short time. Wait a minute, then try again."]),
            >= 500 => (s["Something went wrong on our side"], s["The page could not be shown because of an error. It has been logged; please try again in a moment."]),
            _ => (s["The request could not be processed"], s["Something in the request was not valid. Go back, check what you entered and try again."]),
        };
        RequestId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
        Response.StatusCode = status;
        return Page();
    }
}
