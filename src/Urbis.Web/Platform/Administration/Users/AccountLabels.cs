using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform.Administration.Users;

/// <summary>
/// What people read for roles, account statuses and refusals, in their language. Used by the
/// administration pages and by the modules that show accounts (an authority's people).
/// </summary>
internal sealed class AccountLabels(IStringLocalizer<AdminResource> l, IStringLocalizer<SharedResource> s)
{
    public string Role(string role) => RoleLabels.For(role, s);

    public string RoleDescription(string role) => role switch
    {
        Roles.MemberUser => l["Staff of a member authority: the members' platform."],
        Roles.MemberCoordinator => l["The authority's local coordinator: also its profile and people."],
        Roles.PartnerExpert => l["Not a member: only the groups and events they are invited to."],
        Roles.SecretariatStaff => l["Network staff: applications, members, groups, events, content."],
        Roles.Finance => l["Network staff: fees, invoices, payments."],
        Roles.Administrator => l["Everything, including accounts and settings."],
        _ => "",
    };

    public string Status(AccountStatus status) => status switch
    {
        AccountStatus.Active => l["Active"],
        AccountStatus.InvitationPending => l["Invitation pending"],
        _ => l["Deactivated"],
    };

    /// <summary>Bootstrap badge classes with AA contrast for each status.</summary>
    public static string StatusBadge(AccountStatus status) => status switch
    {
        AccountStatus.Active => "text-bg-success",
        AccountStatus.InvitationPending => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    /// <summary>The roles in the order of <see cref="Roles.All"/>, from members to administrators.</summary>
    public static IReadOnlyList<string> InOrder(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return [.. Roles.All.Where(held.Contains)];
    }

    public static string RoleBadge(string role) =>
        Roles.IsSecretariat(role) ? "text-bg-primary" : "text-bg-light border";

    /// <summary>The field an invitation error belongs to (a property of the invitation form) and its message.</summary>
    public (string Field, string Message) Invitation(InviteUserError error) => error switch
    {
        InviteUserError.InvalidEmail => ("Email", l["Enter a valid e-mail address, such as name@example.org."]),
        InviteUserError.EmailTaken => ("Email", l["An account with this e-mail address already exists."]),
        InviteUserError.NameRequired => ("DisplayName", l["Enter the person's name."]),
        InviteUserError.NameTooLong => ("DisplayName", l["Use at most {0} characters.", User.DisplayNameMaxLength]),
        InviteUserError.NameNotAllowed => ("DisplayName", l["A name cannot contain < or >, control characters or hidden text-direction characters."]),
        InviteUserError.UnknownRole => ("Roles", l["Choose one or more roles from the list."]),
        InviteUserError.UnknownLanguage => ("Language", l["Choose a language from the list."]),
        InviteUserError.UnknownAuthority => ("AuthorityId", l["This authority does not exist. Search again and choose one from the list."]),
        _ => ("AuthorityId", l["Member users and coordinators work for an authority: choose one."]),
    };

    public string Error(AccountChangeError error) => error switch
    {
        AccountChangeError.NotFound => l["This account does not exist."],
        AccountChangeError.OwnAccount => l["You cannot deactivate your own account."],
        AccountChangeError.OwnAdministratorRole => l["You cannot remove your own Administrator role: ask another administrator."],
        AccountChangeError.LastAdministrator => l["This is the last active administrator: invite and activate another administrator first."],
        AccountChangeError.UnknownRole => l["Choose a role from the list."],
        AccountChangeError.AlreadyHasRole => l["The account already has this role."],
        AccountChangeError.DoesNotHaveRole => l["The account does not have this role."],
        AccountChangeError.LastRole => l["An account keeps at least one role: deactivate it instead."],
        AccountChangeError.AuthorityRequired => l["Member users and coordinators work for an authority: choose one."],
        AccountChangeError.UnknownAuthority => l["This authority does not exist. Search again and choose one from the list."],
        AccountChangeError.RoleNeedsAuthority => l["Link the account to its authority first: this role belongs to a member authority."],
        AccountChangeError.NotPending => l["This account has already accepted its invitation."],
        AccountChangeError.Deactivated => l["The account is deactivated: reactivate it first."],
        AccountChangeError.AlreadyDeactivated => l["The account is already deactivated."],
        AccountChangeError.AlreadyActive => l["The account is already active."],
        AccountChangeError.NotAMemberUser => l["Only member users of this authority can be managed here."],
        _ => l["Someone else changed this account at the same time. Please try again."],
    };
}
