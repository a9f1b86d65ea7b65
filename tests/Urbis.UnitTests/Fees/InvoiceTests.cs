using System.Reflection;
using System.Runtime.CompilerServices;
using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.UnitTests.Fees;

/// <summary>An invoice's settlement moves; what it states never does.</summary>
public sealed class InvoiceTests
{
    [Fact]
    public void Payments_take_an_invoice_from_issued_to_partly_paid_to_paid_and_an_overpayment_is_a_credit()
    {
        var invoice = Invoice(1_000m);
        invoice.Status.ShouldBe(InvoiceStatus.Issued);
        invoice.Apply(400m);
        invoice.Status.ShouldBe(InvoiceStatus.PartlyPaid);
        invoice.Outstanding.ShouldBe(600m);
        invoice.Apply(600m);
        invoice.Status.ShouldBe(InvoiceStatus.Paid);
        invoice.Credit.ShouldBe(0m);
        invoice.Apply(50m);
        invoice.Credit.ShouldBe(50m);
        invoice.Outstanding.ShouldBe(-50m);
    }

    [Theory]
    [InlineData("0", nameof(PaymentError.AmountNotPositive))]
    [InlineData("-1", nameof(PaymentError.AmountNotPositive))]
    [InlineData("0.001", nameof(PaymentError.AmountTooPrecise))]
    [InlineData("10000000.01", nameof(PaymentError.AmountTooLarge))]
    public void A_payment_must_be_a_positive_amount_in_cents(string amount, string error)
    {
        var invoice = Invoice(1_000m);
        invoice.CanTake(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(Enum.Parse<PaymentError>(error));
        Should.Throw<InvalidOperationException>(() => invoice.Apply(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        invoice.AmountPaid.ShouldBe(0m);
    }

    [Fact]
    public void A_reversed_payment_leaves_the_invoice_owing_it_again_and_is_reversed_once()
    {
        var invoice = Invoice(1_000m);
        var first = new Payment { Amount = 400m };
        var second = new Payment { Amount = 600m };
        invoice.Apply(first.Amount);
        invoice.Apply(second.Amount);
        invoice.Status.ShouldBe(InvoiceStatus.Paid);

        second.Reverse("Paid twice by the bank", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), "Fiona Finance");
        invoice.Withdraw(second.Amount);
        second.IsReversed.ShouldBeTrue();
        invoice.Status.ShouldBe(InvoiceStatus.PartlyPaid);
        invoice.Outstanding.ShouldBe(600m);
        Should.Throw<InvalidOperationException>(() => second.Reverse("Again", DateTime.UtcNow, "Fiona Finance"));
        second.ReversalReason.ShouldBe("Paid twice by the bank");

        first.Reverse("Wrong member", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), "Fiona Finance");
        invoice.Withdraw(first.Amount);
        invoice.Status.ShouldBe(InvoiceStatus.Issued);
        invoice.Outstanding.ShouldBe(1_000m);
    }

    [Fact]
    public void A_cancelled_invoice_takes_no_payment_and_is_not_corrected_twice()
    {
        var invoice = Invoice(1_000m);
        var creditNote = new Invoice { Kind = InvoiceKind.CreditNote, CorrectsInvoiceId = invoice.Id, Total = -1_000m };
        invoice.CancelBy(creditNote, DateTime.UnixEpoch);
        invoice.Status.ShouldBe(InvoiceStatus.Cancelled);
        invoice.CanTake(10m).ShouldBe(PaymentError.InvoiceCancelled);
        invoice.CanBeCorrected.ShouldBeFalse();
        invoice.Outstanding.ShouldBe(0m);
        Should.Throw<InvalidOperationException>(() => invoice.CancelBy(creditNote, DateTime.UnixEpoch));
        creditNote.CanTake(10m).ShouldBe(PaymentError.NotAnInvoice);
    }

    [Fact]
    public void A_credit_note_of_another_invoice_cannot_cancel_this_one() =>
        Should.Throw<InvalidOperationException>(() => Invoice(10m).CancelBy(new Invoice { Kind = InvoiceKind.CreditNote, CorrectsInvoiceId = Guid.NewGuid() }, DateTime.UnixEpoch));

    [Fact]
    public void The_pdf_kept_for_an_invoice_is_never_replaced()
    {
        var invoice = Invoice(10m);
        invoice.KeepDocument(Guid.NewGuid());
        Should.Throw<InvalidOperationException>(() => invoice.KeepDocument(Guid.NewGuid()));
    }

    [Fact]
    public void What_an_invoice_states_has_no_setter_after_it_is_created()
    {
        var settlement = new[] { nameof(Urbis.Web.Modules.Fees.Domain.Invoice.Status), nameof(Urbis.Web.Modules.Fees.Domain.Invoice.AmountPaid), nameof(Urbis.Web.Modules.Fees.Domain.Invoice.CancelledByCreditNoteId), nameof(Urbis.Web.Modules.Fees.Domain.Invoice.CancelledAt), nameof(Urbis.Web.Modules.Fees.Domain.Invoice.DocumentFileId), nameof(Urbis.Web.Modules.Fees.Domain.Invoice.EmailedAt), nameof(Urbis.Web.Modules.Fees.Domain.Invoice.Revision) };
        var mutable = typeof(Invoice).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => p.Name);
        mutable.ShouldBeEmpty();
        typeof(Invoice).GetProperties().Where(p => settlement.Contains(p.Name)).ShouldAllBe(p => p.SetMethod == null || !p.SetMethod.IsPublic);
        typeof(Invoice).GetProperty(nameof(Urbis.Web.Modules.Fees.Domain.Invoice.Lines))!.PropertyType.ShouldBe(typeof(IReadOnlyList<InvoiceLine>));
        typeof(InvoiceLine).GetProperties().ShouldAllBe(p => p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));
    }

    private static Invoice Invoice(decimal total) => new()
    {
        Kind = InvoiceKind.Invoice,
        Number = "2026-00001",
        Total = total,
        Lines = [new InvoiceLine { Description = "Fee", Amount = total }],
    };
}
