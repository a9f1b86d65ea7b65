using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Identity;

namespace Urbis.UnitTests.Identity;

public sealed class AccountInputRulesTests
{
    private static readonly IStringLocalizer<AccountResource> L = new KeyLocalizer();

    [Theory]
    [InlineData("Ada Lovelace")]
    [InlineData("Jean-Éric O'Brien")]
    [InlineData("محمد بن علي")]
    [InlineData("שרה לוי")]
    [InlineData("李小龍")]
    [InlineData("Zoë 🌍")]
    public void Names_in_any_script_are_accepted(string name) =>
        PersonName.Problem(PersonName.Normalize(name), L).ShouldBeNull();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Ada\u202Enayl")]
    [InlineData("Ada\u2066x\u2069")]
    [InlineData("Ada\u200FLovelace")]
    [InlineData("Ada\tLovelace")]
    [InlineData("Ada\u2028Lovelace")]
    public void Markup_control_and_hidden_direction_characters_are_refused(string name) =>
        PersonName.Problem(PersonName.Normalize(name), L).ShouldBe("A name cannot contain < or >, control characters or hidden text-direction characters.");

    [Fact]
    public void A_name_is_trimmed_required_and_at_most_200_characters()
    {
        PersonName.Normalize("  Ada  ").ShouldBe("Ada");
        PersonName.Problem(PersonName.Normalize("   "), L).ShouldBe("Enter your name.");
        PersonName.Problem(new string('a', 200), L).ShouldBeNull();
        PersonName.Problem(new string('a', 201), L).ShouldBe("Use at most {0} characters.");
    }

    [Fact]
    public void A_name_is_stored_in_composed_form()
    {
        // "é" typed as e + combining acute accent is stored as the single character é.
        PersonName.Normalize("Rene\u0301").ShouldBe("René");
    }

    [Theory]
    [InlineData("ada@example.org")]
    [InlineData("ada.lovelace+urbis@city.example.eu")]
    [InlineData("coordinator001@members.urbis.localhost")]
    [InlineData("josé@exemple.fr")]
    public void Deliverable_addresses_are_accepted(string address) =>
        DeliverableEmailAttribute.IsDeliverable(address).ShouldBeTrue();

    [Theory]
    [InlineData("plain")]
    [InlineData("two@at@example.org")]
    [InlineData("with space@example.org")]
    [InlineData("<script>alert(1)</script>@example.org")]
    [InlineData("\"quoted\"@example.org")]
    [InlineData("ada@localhost")]
    [InlineData("ada@example..org")]
    [InlineData("@example.org")]
    [InlineData("ada@")]
    [InlineData("a,b@example.org")]
    public void Addresses_no_mail_server_would_take_are_refused(string address) =>
        DeliverableEmailAttribute.IsDeliverable(address).ShouldBeFalse();

    [Fact]
    public void An_address_longer_than_254_characters_is_refused() =>
        DeliverableEmailAttribute.IsDeliverable(new string('a', 64) + "@" + new string('b', 190) + ".org").ShouldBeFalse();

    /// <summary>Returns the key itself: the rules are tested, not the translations.</summary>
    private sealed class KeyLocalizer : IStringLocalizer<AccountResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
