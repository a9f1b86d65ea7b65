namespace Urbis.Web.Modules.Fees.Domain;

/// <summary>Money rounding: half away from zero, as people expect from a price list.</summary>
internal static class FeeRounding
{
    public static decimal ToCents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>To the nearest multiple of <paramref name="step"/> (0.01, 1, 5, 10, 50, ...); a step of 0 means cents.</summary>
    public static decimal ToStep(decimal amount, decimal step) =>
        step <= 0 ? ToCents(amount) : ToCents(decimal.Round(amount / step, 0, MidpointRounding.AwayFromZero) * step);

    public static bool HasAtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;
}
