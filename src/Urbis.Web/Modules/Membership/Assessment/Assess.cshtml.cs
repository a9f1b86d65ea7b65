using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership.Assessment;

/// <summary>
/// The eligibility assessment: each of the six conditions met, committed by a due date, not met or
/// unknown, with the evidence seen. Due dates the applicant gave are suggested. Secretariat staff
/// and administrators, while the application is under review.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class AssessModel(ApplicationChanges changes, NetworkCalendar date, MembershipLabels labels, IStringLocalizer<MembershipResource> l) : PageModel
{
    [BindProperty]
    public List<ConditionInput> Conditions { get; set; } = [];

    internal Application Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        if (!application.Can(ApplicationAction.Assess))
        {
            return this.NotNow(labels);
        }

        Conditions = [.. JoiningConditions.All.Select(c => ConditionInput.From(application.Assessment.For(c), Suggested(application.Answers, c)))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        var assessment = Read();
        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        if (application.Assess(assessment, changes.Now) is { } error)
        {
            ModelState.AddModelError(string.Empty, labels.Error(error));
            return this.InvalidForm();
        }

        var summary = string.Join("; ", JoiningConditions.All.Select(c => $"{labels.Condition(c)}: {labels.ConditionStatus(assessment.For(c).Status)}"));
        changes.Record(application, ApplicationEventKind.Assessed, summary);
        if (!await changes.SaveAsync(cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Someone else changed this application at the same time. Check it and try again."]);
            return this.InvalidForm();
        }

        TempData["Status"] = l["The assessment is saved."].Value;
        return Redirect($"/office/applications/{id}");
    }

    private EligibilityAssessment Read()
    {
        var items = new List<ConditionAssessment>();
        foreach (var condition in JoiningConditions.All)
        {
            var index = Conditions.FindIndex(c => c.Condition == condition);
            var input = index < 0 ? new ConditionInput { Condition = condition } : Conditions[index];
            var field = $"Conditions[{Math.Max(index, 0)}]";
            var status = Enum.TryParse<ConditionStatus>(input.Status, out var s) && Enum.IsDefined(s) ? s : ConditionStatus.Unknown;
            DateOnly? due = null;
            if (!string.IsNullOrWhiteSpace(input.DueDate) && status == ConditionStatus.Committed)
            {
                due = FormValues.Date(input.DueDate);
                if (due is null)
                {
                    ModelState.AddModelError($"{field}.DueDate", l["Enter a valid date."]);
                }
            }

            items.Add(new ConditionAssessment(condition, status, due, FormValues.Text(input.Evidence)));
        }

        var assessment = new EligibilityAssessment(items);
        foreach (var (condition, problem) in assessment.Problems(date.Today))
        {
            var index = JoiningConditions.All.ToList().IndexOf(condition);
            var field = problem == AssessmentProblem.EvidenceTooLong ? "Evidence" : "DueDate";
            ModelState.AddModelError($"Conditions[{index}].{field}", problem switch
            {
                AssessmentProblem.DueDateMissing => l["A commitment needs the date by which it will be met."],
                AssessmentProblem.DueDateNotInFuture => l["The due date of a commitment must be after today."],
                AssessmentProblem.DueDateTooFar => l["The due date must be within {0} years.", EligibilityAssessment.CommitmentYears],
                _ => l["Use at most {0} characters (you wrote {1}).", EligibilityAssessment.EvidenceMaxLength.ToString("N0", CultureInfo.CurrentCulture), (items[index].Evidence?.Length ?? 0).ToString("N0", CultureInfo.CurrentCulture)],
            });
        }

        // Rows posted in another order are shown again in the conditions' order.
        Conditions = [.. JoiningConditions.All.Select(c => Conditions.FirstOrDefault(x => x.Condition == c) ?? new ConditionInput { Condition = c })];
        return assessment;
    }

    /// <summary>The date the applicant promised for what this condition needs, if any.</summary>
    private static DateOnly? Suggested(ApplicationAnswers a, JoiningCondition condition) => condition switch
    {
        JoiningCondition.CouncilDecision when a.CouncilDecision == CommitmentStatus.Committed => a.CouncilDecisionDate,
        JoiningCondition.LocalCoalition when a.Coalition == CommitmentStatus.Committed => a.CoalitionDate,
        _ => null,
    };
}

internal sealed class ConditionInput
{
    public JoiningCondition Condition { get; set; }

    public string? Status { get; set; }

    public string? DueDate { get; set; }

    public string? Evidence { get; set; }

    public static ConditionInput From(ConditionAssessment assessed, DateOnly? suggested) => new()
    {
        Condition = assessed.Condition,
        Status = assessed.Status.ToString(),
        DueDate = (assessed.DueDate ?? suggested)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Evidence = assessed.Evidence,
    };
}
