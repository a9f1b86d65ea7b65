using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.Web.Modules.Fees.Payments;

/// <summary>What is wrong with a payment, said next to the field it is about.</summary>
internal sealed class PaymentTexts(IStringLocalizer<FeesResource> l)
{
    public string DateMissing => l["Enter the date the money was received."];

    public string AmountMissing => l["Enter the amount, e.g. 1500 or 1500.50."];

    public string MethodMissing => l["Choose how it was paid."];

    public string ReferenceTooLong => l["The reference has at most 140 characters."];

    public (string Field, string Message) Error(PaymentError error) => error switch
    {
        PaymentError.AmountNotPositive => ("Amount", l["The amount must be above 0."]),
        PaymentError.AmountTooPrecise => ("Amount", l["Amounts have at most 2 decimals."]),
        PaymentError.AmountTooLarge => ("Amount", l["The amount is larger than any fee: please check it."]),
        PaymentError.DateInTheFuture => ("Date", l["The date cannot be after today."]),
        PaymentError.InvoiceCancelled => ("", l["This invoice is cancelled by a credit note: a payment cannot be recorded on it. Record it on the invoice that replaces it."]),
        _ => ("", l["A credit note is not paid: record the payment on an invoice."]),
    };
}
