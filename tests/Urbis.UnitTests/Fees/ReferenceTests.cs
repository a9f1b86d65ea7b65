using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.UnitTests.Fees;

/// <summary>IBANs and ISO 11649 creditor references: the check digits banks rely on.</summary>
public sealed class ReferenceTests
{
    [Theory]
    [InlineData("BE71 0961 2345 6769")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("fr76 3000 6000 0112 3456 7890 189")]
    public void Real_ibans_are_valid(string iban) => Iban.IsValid(iban).ShouldBeTrue();

    [Theory]
    [InlineData("BE71 0961 2345 6768")]
    [InlineData("BE71")]
    [InlineData("")]
    [InlineData("1234567890123456")]
    public void A_mistyped_iban_is_not(string iban) => Iban.IsValid(iban).ShouldBeFalse();

    [Fact]
    public void An_iban_is_printed_in_groups_of_four() => Iban.Print("be71096123456769").ShouldBe("BE71 0961 2345 6769");

    [Fact]
    public void The_standards_example_reference_is_valid() => CreditorReference.IsValid("RF18 5390 0754 7034").ShouldBeTrue();

    [Theory]
    [InlineData("2026-00042")]
    [InlineData("2026-00001")]
    [InlineData("2099-99999")]
    public void An_invoices_reference_is_valid_and_carries_its_number(string number)
    {
        var reference = CreditorReference.For(number);
        CreditorReference.IsValid(reference).ShouldBeTrue();
        reference[4..].ShouldBe(number.Replace("-", "", StringComparison.Ordinal));
        CreditorReference.IsValid(CreditorReference.Print(reference).ToLowerInvariant()).ShouldBeTrue();
    }

    [Fact]
    public void One_wrong_character_breaks_the_reference()
    {
        var reference = CreditorReference.For("2026-00042");
        CreditorReference.IsValid(reference[..^1] + "3").ShouldBeFalse();
        CreditorReference.IsValid("RF00" + reference[4..]).ShouldBeFalse();
        CreditorReference.IsValid(null).ShouldBeFalse();
    }
}
