using Urbis.Web.Modules.Fees.Contracts;

namespace Urbis.Web.Modules.Fees;

/// <summary>Fees: yearly fee schedules, the public scale and calculator (invoices and payments to come).</summary>
internal static class FeesModule
{
    public static WebApplicationBuilder AddFees(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IFeeScale, FeeScale>();
        return builder;
    }
}
