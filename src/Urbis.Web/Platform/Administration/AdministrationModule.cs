using Urbis.Web.Platform.Administration.Users;

namespace Urbis.Web.Platform.Administration;

/// <summary>Accounts, roles and the audit log: the administrators' part of the platform.</summary>
internal static class AdministrationModule
{
    public static WebApplicationBuilder AddAdministration(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<InviteUserHandler>();
        return builder;
    }
}
