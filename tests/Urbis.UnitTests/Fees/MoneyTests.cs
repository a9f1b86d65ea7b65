using System.Globalization;
using Urbis.Web.Modules.Fees.Domain;

namespace Urbis.UnitTests.Fees;

/// <summary>Amounts as people type and read them, in English and in French.</summary>
public sealed class MoneyTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Theory]
    [InlineData("4500", "4500")]
    [InlineData("4500.5", "4500.5")]
    [InlineData("4500,50", "4500.50")]
    [InlineData("4,500.50", "4500.50")]
    [InlineData("4.500,50", "4500.50")]
    [InlineData("4 500,50", "4500.50")]
    [InlineData("€ 4,500", "4500")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("10.005", "10.005")]
    public void English_readers_type_amounts_in_many_ways(string typed, string expected)
    {
        Money.TryParse(typed, out var amount, English).ShouldBeTrue();
        amount.ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("4,500", "4.5")]
    [InlineData("4 500,50", "4500.50")]
    [InlineData("4\u202F500,50 €", "4500.50")]
    [InlineData("0,0125", "0.0125")]
    [InlineData("2.5", "2.5")]
    public void French_readers_use_a_decimal_comma(string typed, string expected)
    {
        Money.TryParse(typed, out var amount, French).ShouldBeTrue();
        amount.ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("1,23,4")]
    [InlineData("1.2.3,4.5")]
    [InlineData("--5")]
    [InlineData("5.")]
    [InlineData("1e5")]
    public void Anything_else_is_not_an_amount(string typed) => Money.TryParse(typed, out _, English).ShouldBeFalse();

    [Fact]
    public void Amounts_are_written_with_the_euro_sign_the_way_each_language_writes_them()
    {
        Money.Format(4_500m, "EUR", English).ShouldBe("€4,500.00");
        Money.Format(-4_500m, "EUR", English).ShouldBe("-€4,500.00");
        Money.Format(4_500m, "EUR", French).Replace('\u202F', ' ').Replace('\u00A0', ' ').ShouldBe("4 500,00 €");
        Money.Format(12m, "CHF", English).ShouldBe("CHF12.00");
    }

    [Theory]
    [InlineData("250000", 250_000)]
    [InlineData("250,000", 250_000)]
    [InlineData("250 000", 250_000)]
    [InlineData("250.000", 250_000)]
    [InlineData("250'000", 250_000)]
    public void Inhabitants_are_counted_whatever_the_separators(string typed, long expected)
    {
        Money.TryParseCount(typed, out var count).ShouldBeTrue();
        count.ShouldBe(expected);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("12.5k")]
    [InlineData("")]
    public void A_count_of_inhabitants_is_digits_only(string typed) => Money.TryParseCount(typed, out _).ShouldBeFalse();
}

/// <summary>Exports never hand a spreadsheet a formula hidden in a name.</summary>
public sealed class ExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("Lyon", "Lyon")]
    [InlineData("", "")]
    public void Text_that_starts_like_a_formula_is_defused(string text, string expected) =>
        Urbis.Web.Modules.Fees.Exports.FinanceExport.Defused(text).ShouldBe(expected);
}
