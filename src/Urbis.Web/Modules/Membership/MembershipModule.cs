using Urbis.Web.Modules.Membership.Answer;
using Urbis.Web.Modules.Membership.Applications;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Decision;
using Urbis.Web.Modules.Membership.Decline;
using Urbis.Web.Modules.Membership.FollowUps;
using Urbis.Web.Modules.Membership.Join;
using Urbis.Web.Modules.Membership.Review;
using Urbis.Web.Modules.Membership.Seed;
using Urbis.Web.Platform.Content;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Jobs;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Membership;

/// <summary>Membership: joining the network (applications, review, decision, onboarding, follow-ups) and who is a member.</summary>
internal static class MembershipModule
{
    private const string Texts = "Urbis.Web.Modules.Membership.Join.Texts";

    public static WebApplicationBuilder AddMembership(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MembershipOptions>().Bind(builder.Configuration.GetSection(MembershipOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IDemoSeeder, DemoMembershipsSeeder>();
        services.AddScoped<IDemoSeeder, DemoApplicationsSeeder>();
        services.AddSingleton<MembershipFigures>();
        services.AddSingleton<IMembershipFigures>(sp => sp.GetRequiredService<MembershipFigures>());
        services.AddScoped<IMemberRoster, MemberRoster>();
        services.AddScoped<MembershipLabels>();

        // Joining: the public page, the form, drafts.
        services.AddScoped<JoinPageQuery>();
        services.AddScoped<JoinPageCache>();
        services.AddScoped<DuplicateCheck>();
        services.AddScoped<SubmitApplicationHandler>();
        services.AddScoped<SaveDraftHandler>();
        services.AddScoped<AnswerRequestHandler>();
        var assembly = typeof(MembershipModule).Assembly;
        services.AddPageText(JoinPageQuery.Intro, typeof(MembershipResource), "Join page: the network and what members get", assembly, Texts);
        services.AddPageText(JoinPageQuery.FeesText, typeof(MembershipResource), "Join page: about the fees", assembly, Texts);
        services.AddPageText(JoinPageQuery.NextSteps, typeof(MembershipResource), "Join page: what happens next", assembly, Texts);
        services.AddPageText(JoinPageQuery.Consent, typeof(MembershipResource), "Application form: consent to the processing of data", assembly, Texts);

        // The secretariat's review and the board's decision.
        services.AddScoped<ApplicationsQuery>();
        services.AddScoped<StaffMembers>();
        services.AddScoped<ApplicationDetailsQuery>();
        services.AddScoped<ApplicationChanges>();
        services.AddScoped<AnswerSheet>();
        services.AddScoped<ClosingMails>();
        services.AddScoped<MatchingAuthorities>();
        services.AddScoped<ApproveApplicationHandler>();
        services.AddScoped<FollowUpsQuery>();
        services.AddScheduledJob<FollowUpReminders>();
        services.AddScheduledJob<ExpiredDraftCleanup>();

        services.AddSingleton<INavigationContributor, MembershipNavigation>();
        return builder;
    }
}

internal sealed class MembershipNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items() =>
    [
        new("Join the network", typeof(MembershipResource), "/join", null, 5, AnonymousOnly: true),
        new("Applications", typeof(MembershipResource), "/office/applications", Policies.Staff, 15),
    ];
}
