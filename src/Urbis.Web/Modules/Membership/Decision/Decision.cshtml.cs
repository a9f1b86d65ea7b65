using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Decline;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Decision;

/// <summary>
/// Record the board's decision on a recommended application (body, date, reference): approval
/// (category, start date, the authority record) onboards the new member; a refusal declines it
/// with the reason the applicant receives. Secretariat staff and administrators.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class DecisionModel(
    ApplicationChanges changes,
    ApproveApplicationHandler approvals,
    ClosingMails mails,
    MatchingAuthorities matching,
    NetworkCalendar date,
    MembershipLabels labels,
    IStringLocalizer<MembershipResource> l) : PageModel
{
    public const string NewAuthority = "new";

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    internal Application Application { get; private set; } = null!;

    internal IReadOnlyList<MatchingAuthority> Matches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Application.Can(ApplicationAction.Approve))
        {
            return this.NotNow(labels);
        }

        var today = date.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Input = new DecisionInput
        {
            Body = l["Executive committee"],
            Date = today,
            StartDate = today,
            Category = (Application.RecommendedCategory ?? MembershipCategory.Full).ToString(),
            Authority = Matches.Count == 0 ? NewAuthority : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var decision = Check(out var category, out var start, out var existing);
        if (decision is null)
        {
            return this.InvalidForm();
        }

        if (Input.Outcome == "Decline")
        {
            return await DeclineAsync(decision, cancellationToken);
        }

        var result = await approvals.HandleAsync(new ApproveApplication(id, decision, category, start, existing), cancellationToken);
        if (result.Problem is { } problem)
        {
            ModelState.AddModelError(problem is ApprovalProblem.AuthorityNotFound or ApprovalProblem.AlreadyMember ? "Input.Authority" : string.Empty, problem switch
            {
                ApprovalProblem.AssessmentIncomplete => labels.Error(ApplicationError.AssessmentIncomplete),
                ApprovalProblem.AuthorityNotFound => l["This authority record no longer exists: choose another one."],
                ApprovalProblem.AlreadyMember => l["This authority is already a member: the application cannot be approved for it."],
                ApprovalProblem.ChangedMeanwhile => l["Someone else changed this application at the same time. Check it and try again."],
                _ => labels.Error(ApplicationError.NotAllowedNow),
            });
            await LoadAsync(id, cancellationToken);
            return this.InvalidForm();
        }

        TempData["Status"] = result.Invited is { } invited
            ? l["Approved. {0} is a member; {1} is invited to the members' platform as coordinator.", Application.AuthorityName, invited].Value
            : l["Approved. {0} is a member. {1} already has an account: link it to the authority from the users' page.", Application.AuthorityName, result.AlreadyHasAccount ?? ""].Value;
        return Redirect($"/office/applications/{id}");
    }

    private async Task<IActionResult> DeclineAsync(BoardDecision decision, CancellationToken cancellationToken)
    {
        if (Application.Decline(Input.Reason!, decision, changes.Now) is { } error)
        {
            ModelState.AddModelError(string.Empty, labels.Error(error));
            return this.InvalidForm();
        }

        await mails.DeclinedAsync(Application);
        changes.Record(Application, ApplicationEventKind.Declined, $"{decision.Body}, {decision.Date:yyyy-MM-dd}: {Input.Reason}");
        if (!await changes.SaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Someone else changed this application at the same time. Check it and try again."]);
            return this.InvalidForm();
        }

        TempData["Status"] = l["The board's refusal is recorded; the applicant has been told."].Value;
        return Redirect($"/office/applications/{Application.Id}");
    }

    /// <summary>The decision when every field is right; otherwise null, with the messages in the model state.</summary>
    private BoardDecision? Check(out MembershipCategory category, out DateOnly start, out Guid? existing)
    {
        (category, start, existing) = (MembershipCategory.Full, default, null);
        var today = date.Today;
        var body = FormValues.Text(Input.Body);
        if (body is null || body.Length > 200)
        {
            ModelState.AddModelError("Input.Body", l["Enter the body that decided, for example Executive committee."]);
        }

        var decided = FormValues.Date(Input.Date);
        var submitted = DateOnly.FromDateTime(Application.SubmittedAt);
        if (decided is null || decided > today || decided < submitted)
        {
            ModelState.AddModelError("Input.Date", l["Enter the date of the decision, between {0} and today.", submitted.ToString("d", CultureInfo.CurrentCulture)]);
        }

        var reference = FormValues.Text(Input.Reference);
        if (reference?.Length > 100)
        {
            ModelState.AddModelError("Input.Reference", l["Use at most {0} characters (you wrote {1}).", 100, reference.Length]);
        }

        if (Input.Outcome == "Decline")
        {
            if (ClosingMails.CheckReason(Input.Reason, l) is { } problem)
            {
                ModelState.AddModelError("Input.Reason", problem);
            }
        }
        else if (Input.Outcome == "Approve")
        {
            if (!Enum.TryParse(Input.Category, out category) || !Enum.IsDefined(category) || Input.Category!.Any(char.IsDigit))
            {
                ModelState.AddModelError("Input.Category", l["Choose a category of membership."]);
            }

            var startDate = FormValues.Date(Input.StartDate);
            if (startDate is null || decided is null || Math.Abs(startDate.Value.DayNumber - decided.Value.DayNumber) > 366)
            {
                ModelState.AddModelError("Input.StartDate", l["Enter the start of the membership, within a year of the decision."]);
            }

            start = startDate ?? default;
            if (Input.Authority == NewAuthority)
            {
                existing = null;
            }
            else if (Guid.TryParse(Input.Authority, out var id) && Matches.Any(m => m.Id == id))
            {
                existing = id;
            }
            else
            {
                ModelState.AddModelError("Input.Authority", l["Choose whether to create the authority's record or to use an existing one."]);
            }
        }
        else
        {
            ModelState.AddModelError("Input.Outcome", l["Choose the board's decision."]);
        }

        return ModelState.ErrorCount == 0 ? new BoardDecision(body!, decided!.Value, reference) : null;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return false;
        }

        Application = application;
        Matches = await matching.FindAsync(application, cancellationToken);
        return true;
    }
}

// Nullable strings so that nothing typed is lost and every message is the page's own.
internal sealed class DecisionInput
{
    /// <summary>"Approve" or "Decline".</summary>
    public string? Outcome { get; set; }

    public string? Body { get; set; }

    public string? Date { get; set; }

    public string? Reference { get; set; }

    public string? Category { get; set; }

    public string? StartDate { get; set; }

    /// <summary>"new", or the id of an existing authority record.</summary>
    public string? Authority { get; set; }

    public string? Reason { get; set; }
}
