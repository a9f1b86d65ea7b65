using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Mail;

namespace Urbis.Web.Modules.Membership.Decision;

internal sealed record ApproveApplication(Guid ApplicationId, BoardDecision Decision, MembershipCategory Category, DateOnly StartDate, Guid? ExistingAuthorityId);

internal enum ApprovalProblem
{
    NotAllowedNow,
    AssessmentIncomplete,
    AuthorityNotFound,
    AlreadyMember,
    ChangedMeanwhile,
}

/// <summary>Approved (and who was invited, or why nobody was), or the problem.</summary>
internal sealed record ApprovalResult(ApprovalProblem? Problem, string? Invited = null, string? AlreadyHasAccount = null);

/// <summary>
/// The board approved: in one transaction, the authority (new, or an existing record linked), its
/// membership, its people with their roles (elected representative, coordinator, the applicant as
/// technical contact), the coordinator's invitation to the members' platform as member
/// coordinator (the applicant's, while no coordinator is appointed), a follow-up for every
/// committed condition, and the welcome e-mail. Anything failing leaves nothing behind.
/// </summary>
internal sealed class ApproveApplicationHandler(
    AppDbContext db,
    IAuthorityRegistry registry,
    IAuthorityDirectory directory,
    InviteUserHandler invitations,
    UserManager<User> users,
    ApplicationChanges changes,
    Mailer mailer,
    MembershipFigures figures,
    IOptions<PlatformOptions> platform)
{
    public async Task<ApprovalResult> HandleAsync(ApproveApplication command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await changes.FindAsync(command.ApplicationId, cancellationToken) is not { } application)
        {
            return new ApprovalResult(ApprovalProblem.NotAllowedNow);
        }

        var answers = application.Answers;
        if (command.ExistingAuthorityId is { } existing)
        {
            if (await directory.FindAsync(existing, cancellationToken) is null)
            {
                return new ApprovalResult(ApprovalProblem.AuthorityNotFound);
            }

            if (await db.Set<Domain.Membership>().AnyAsync(m => m.AuthorityId == existing && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.Suspended), cancellationToken))
            {
                return new ApprovalResult(ApprovalProblem.AlreadyMember);
            }
        }

        var authorityId = command.ExistingAuthorityId ?? registry.Register(new NewAuthority(
            answers.OfficialName, answers.AuthorityType, answers.CountryCode, answers.Region, answers.Population, answers.PopulationYear,
            $"Application {application.Reference}", answers.Address, answers.Website, answers.PreferredLanguage));
        if (application.Approve(command.Decision, authorityId, changes.Now) is { } error)
        {
            return new ApprovalResult(error == ApplicationError.AssessmentIncomplete ? ApprovalProblem.AssessmentIncomplete : ApprovalProblem.NotAllowedNow);
        }

        if (command.ExistingAuthorityId is not null)
        {
            await registry.RecordPopulationAsync(authorityId, answers.Population, answers.PopulationYear, $"Application {application.Reference}", cancellationToken);
        }

        db.Add(new Domain.Membership
        {
            AuthorityId = authorityId,
            Category = command.Category,
            Status = MembershipStatus.Active,
            StartDate = command.StartDate,
            CreatedAt = changes.Now,
        });
        await AssignPeopleAsync(authorityId, answers, command.StartDate, cancellationToken);
        foreach (var commitment in application.Assessment.Commitments)
        {
            db.Add(new FollowUp
            {
                ApplicationId = application.Id,
                AuthorityId = authorityId,
                Condition = commitment.Condition,
                DueDate = commitment.DueDate!.Value,
                Commitment = commitment.Evidence,
                CreatedAt = changes.Now,
            });
        }

        changes.Record(application, ApplicationEventKind.Approved, $"{command.Decision.Body}, {command.Decision.Date:yyyy-MM-dd} {command.Decision.Reference}".Trim(),
            new { application.Reference, AuthorityId = authorityId, Category = command.Category.ToString(), StartDate = command.StartDate });
        if (!await changes.SaveAsync(cancellationToken))
        {
            return new ApprovalResult(ApprovalProblem.ChangedMeanwhile);
        }

        // The welcome follows the invitation: only then is it known whether one is sent.
        var result = await InviteCoordinatorAsync(authorityId, answers, cancellationToken);
        await QueueWelcomeAsync(application, command, invited: result.AlreadyHasAccount is null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await figures.ForgetAsync(CancellationToken.None); // committed: the public count must not lag
        return result;
    }

    private async Task AssignPeopleAsync(Guid authorityId, ApplicationAnswers answers, DateOnly since, CancellationToken cancellationToken)
    {
        async Task AssignAsync(ContactDetails person, ContactRole role)
        {
            var id = await registry.FindOrAddPersonAsync(new NewPerson(person.Name, person.Email, person.Phone, person.Position, answers.PreferredLanguage), cancellationToken);
            await registry.AssignAsync(authorityId, id, role, since, cancellationToken);
        }

        await AssignAsync(answers.Representative, ContactRole.ElectedRepresentative);

        // While no coordinator is appointed, the applicant acts as one: invited as such, reminded of the follow-ups.
        await AssignAsync(answers.Coordinator ?? answers.Applicant, ContactRole.Coordinator);
        await AssignAsync(answers.Applicant, ContactRole.TechnicalContact);
    }

    /// <summary>The coordinator (the applicant while none is appointed) is invited, unless they already have an account.</summary>
    private async Task<ApprovalResult> InviteCoordinatorAsync(Guid authorityId, ApplicationAnswers answers, CancellationToken cancellationToken)
    {
        var person = answers.Coordinator ?? answers.Applicant;
        if (await users.FindByEmailAsync(person.Email) is not null)
        {
            return new ApprovalResult(null, AlreadyHasAccount: person.Email);
        }

        var invited = await invitations.InviteWithinAsync(new InviteUser(person.Email, person.Name, answers.PreferredLanguage, authorityId, [Roles.MemberCoordinator]), cancellationToken);
        if (invited.Error is { } error)
        {
            throw new InvalidOperationException($"Could not invite the coordinator: {error}");
        }

        await registry.FindOrAddPersonAsync(new NewPerson(person.Name, person.Email, person.Phone, person.Position, answers.PreferredLanguage, invited.UserId), cancellationToken);
        return new ApprovalResult(null, Invited: person.Email);
    }

    private Task QueueWelcomeAsync(Application application, ApproveApplication command, bool invited)
    {
        var answers = application.Answers;
        var language = answers.PreferredLanguage;
        var coordinator = answers.Coordinator ?? answers.Applicant;
        var mail = new ApprovedMail(
            answers.Applicant.Name, answers.OfficialName, application.Reference, platform.Value.NetworkName,
            command.Decision.Body, command.Decision.Date, command.Category, command.StartDate,
            coordinator.Name, application.Assessment.Commitments,
            new CoordinatorAccess(invited, string.Equals(coordinator.Email, answers.Applicant.Email, StringComparison.OrdinalIgnoreCase), platform.Value.Link("/members/membership", language)));
        return mailer.QueueAsync("ApplicationApproved", new Recipient(answers.Applicant.Email, answers.Applicant.Name, language), ApprovedMail.Template, mail);
    }
}

internal sealed record ApprovedMail(
    string Name,
    string AuthorityName,
    string Reference,
    string NetworkName,
    string DecisionBody,
    DateOnly DecisionDate,
    MembershipCategory Category,
    DateOnly StartDate,
    string CoordinatorName,
    IReadOnlyList<ConditionAssessment> Commitments,
    CoordinatorAccess Access)
{
    public const string Template = "/Modules/Membership/Decision/ApprovedMail.cshtml";
}

/// <summary>
/// How the coordinator reaches the members' platform: an invitation on its way, or (with an account
/// already) signing in at <paramref name="MembershipLink"/> once staff have linked that account.
/// </summary>
internal sealed record CoordinatorAccess(bool Invited, bool IsRecipient, string MembershipLink);
