using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.Web.Modules.Membership.Review;

internal static class NotNowExtensions
{
    /// <summary>
    /// A step opened in a state that does not allow it (an old bookmark, a second tab): the page says
    /// so instead of the form, with 409.
    /// </summary>
    public static PageResult NotNow(this PageModel page, MembershipLabels labels)
    {
        page.ModelState.AddModelError(string.Empty, labels.Error(ApplicationError.NotAllowedNow));
        page.ViewData["NotNow"] = true;
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        return page.Page();
    }

    public static bool IsNotNow(this Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData) => viewData["NotNow"] is true;
}
