using Urbis.Web.Platform.Administration.AuditLog;
using Urbis.Web.Platform.Administration.Office;
using Urbis.Web.Platform.Administration.Users;
using Urbis.Web.Platform.Administration.Users.Details;
using Urbis.Web.Platform.Administration.Users.List;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Administration;

/// <summary>Accounts, roles, the audit log and the back office's home: the administrators' part of the platform.</summary>
internal static class AdministrationModule
{
    public static WebApplicationBuilder AddAdministration(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<InviteUserHandler>();
        services.AddScoped<AccountLabels>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<ChangeRolesHandler>();
        services.AddScoped<AccountActivationHandler>();
        services.AddScoped<ChangeAuthorityHandler>();
        services.AddScoped<ResendInvitationHandler>();
        services.AddScoped<AuthorityPickerSearch>();
        services.AddScoped<UsersQuery>();
        services.AddScoped<UserDetailsQuery>();
        services.AddScoped<AuditEntryFormatter>();
        services.AddScoped<AuditLogQuery>();
        services.AddScoped<OfficeQuery>();
        services.AddSingleton<INavigationContributor, AdministrationNavigation>();
        return builder;
    }
}

internal sealed class AdministrationNavigation : INavigationContributor
{
    public IEnumerable<NavItem> Items() =>
    [
        new("Back office", typeof(AdminResource), "/office", Policies.BackOffice, 10),
        new("Users", typeof(AdminResource), "/admin/users", Policies.Administration, 80),
        new("Audit log", typeof(AdminResource), "/admin/audit", Policies.Administration, 90),
    ];
}
