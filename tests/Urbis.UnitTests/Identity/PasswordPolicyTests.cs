using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;

namespace Urbis.UnitTests.Identity;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Policy = new(new CommonPasswords(), new PassThroughLocalizer());

    [Theory]
    [InlineData("fourteen chars", false)] // 14
    [InlineData("fifteen chars!!", true)] // 15
    public async Task Without_two_factor_a_password_needs_fifteen_characters(string password, bool accepted) =>
        (await Validate(new User(), password)).Succeeded.ShouldBe(accepted);

    [Theory]
    [InlineData("seven c", false)]
    [InlineData("eight ch", true)]
    public async Task With_two_factor_eight_characters_are_enough(string password, bool accepted) =>
        (await Validate(new User { TwoFactorEnabled = true }, password)).Succeeded.ShouldBe(accepted);

    [Fact]
    public async Task Long_passphrases_are_accepted_up_to_128_characters()
    {
        (await Validate(new User(), new string('x', 60) + " " + new string('y', 67))).Succeeded.ShouldBeTrue();
        (await Validate(new User(), new string('z', 129))).Errors.Single().Code.ShouldBe("PasswordTooLong");
    }

    [Fact]
    public async Task No_composition_rule_applies()
    {
        // Only lower-case letters and spaces: fine when long enough.
        (await Validate(new User(), "correct horse battery staple")).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("password")]
    [InlineData("iloveyou")]
    [InlineData("PASSWORD")]
    public async Task Common_passwords_are_refused_even_with_two_factor(string password) =>
        (await Validate(new User { TwoFactorEnabled = true }, password)).Errors.Single().Code.ShouldBe("PasswordCommon");

    [Fact]
    public async Task A_password_made_of_the_email_address_is_refused()
    {
        var user = new User { Email = "marie.curie@lyon.example", DisplayName = "Marie Curie", TwoFactorEnabled = true };
        (await Validate(user, "marie.curie@lyon.example")).Succeeded.ShouldBeFalse();
        (await Validate(user, "marie.curie1")).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Length_counts_characters_not_bytes()
    {
        // 8 emoji are 8 characters (16 UTF-16 units): enough with two-factor, too short without.
        var emoji = string.Concat(Enumerable.Repeat("🔒", 8));
        (await Validate(new User { TwoFactorEnabled = true }, emoji)).Succeeded.ShouldBeTrue();
        (await Validate(new User(), emoji)).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task A_short_password_set_with_two_factor_is_remembered_as_relying_on_it()
    {
        var user = new User { TwoFactorEnabled = true };
        (await Validate(user, "eight ch")).Succeeded.ShouldBeTrue();
        user.PasswordReliesOnTwoFactor.ShouldBeTrue();
        (await Validate(user, "a sufficiently long one")).Succeeded.ShouldBeTrue();
        user.PasswordReliesOnTwoFactor.ShouldBeFalse();
    }

    [Fact]
    public void The_shipped_blocklist_is_loaded() => new CommonPasswords().Count.ShouldBeGreaterThan(10_000);

    private static Task<IdentityResult> Validate(User user, string password) => Policy.ValidateAsync(null!, user, password);

    private sealed class PassThroughLocalizer : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
