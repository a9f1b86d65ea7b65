using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Review;

/// <summary>
/// What the step pages of an application (decline, withdraw, request information, recommend) share:
/// the application read once per request, the form shown only in a state that allows the step (409
/// otherwise), and the change made through <see cref="ApplicationChanges.ApplyAsync"/>, then back to
/// the application with a status line, or the form again (422) saying why not.
/// </summary>
internal abstract class ApplicationStepModel(ApplicationChanges changes, MembershipLabels labels) : PageModel
{
    internal Application Application { get; private set; } = null!;

    /// <summary>The time of the change (as <see cref="ApplicationChanges"/> records it).</summary>
    protected DateTime Now => changes.Now;

    protected MembershipLabels Labels => labels;

    /// <summary>Reads the application for this request; false when there is none.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return false;
        }

        Application = application;
        return true;
    }

    protected async Task<IActionResult> ShowAsync(Guid id, ApplicationAction action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Application.Can(action) ? Page() : this.NotNow(labels);
    }

    /// <summary>
    /// The step's post: the application read, the page's own fields checked (<paramref name="check"/>
    /// adds its messages to the model state), then the change made, or the form again saying why not.
    /// </summary>
    protected async Task<IActionResult> ChangeAsync(Guid id, Action check, Func<ApplicationStep> step, Func<string> success, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        check();
        if (ModelState.ErrorCount > 0)
        {
            return this.InvalidForm();
        }

        if (await changes.ApplyAsync(Application, step(), cancellationToken) is { } error)
        {
            ModelState.AddModelError(string.Empty, labels.Error(error));
            return this.InvalidForm();
        }

        TempData["Status"] = success();
        return Redirect($"/office/applications/{Application.Id}");
    }

    /// <summary>A message next to a field, when there is one.</summary>
    protected void Problem(string field, string? message)
    {
        if (message is not null)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
