using System.Globalization;

namespace Urbis.Web.Modules.Membership.Join;

/// <summary>Amounts as price lists show them: no cents when there are none, the currency code after.</summary>
internal static class Money
{
    public static string Format(decimal amount, string currency) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", CultureInfo.CurrentCulture) + " " + currency;
}
