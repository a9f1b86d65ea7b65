using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Urbis.Web.Platform.Web;

internal static class PageModelExtensions
{
    /// <summary>Shows the form again with its errors and what was typed, answering 422.</summary>
    public static PageResult InvalidForm(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page.Page();
    }
}
