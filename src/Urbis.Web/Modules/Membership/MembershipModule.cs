using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Modules.Membership.Seed;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Modules.Membership;

/// <summary>Membership: who is a member, since when, in which category.</summary>
internal static class MembershipModule
{
    public static WebApplicationBuilder AddMembership(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IDemoSeeder, DemoMembershipsSeeder>();
        builder.Services.AddScoped<IMembershipFigures, MembershipFigures>();
        builder.Services.AddScoped<IMemberRoster, MemberRoster>();
        return builder;
    }
}
