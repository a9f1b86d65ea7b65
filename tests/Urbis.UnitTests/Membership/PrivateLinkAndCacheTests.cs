using System.Text;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Modules.Membership.Join;

namespace Urbis.UnitTests.Membership;

public sealed class PrivateLinkAndCacheTests
{
    [Fact]
    public void A_private_link_is_random_and_only_its_hash_is_kept()
    {
        var (token, hash) = PrivateLink.New();
        var (other, _) = PrivateLink.New();
        token.Length.ShouldBe(43);
        token.ShouldNotBe(other);
        hash.ShouldNotContain(token);
        PrivateLink.HashOf(token).ShouldBe(hash);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA<")]
    public void Text_that_cannot_be_a_token_is_not_even_looked_up(string? token) => PrivateLink.HashOf(token).ShouldBeNull();

    [Fact]
    public void References_have_the_year_and_no_look_alike_characters()
    {
        var reference = ApplicationReference.New(2026);
        reference.ShouldMatch("^2026-[A-HJ-NP-Z2-9]{6}$");
    }

    [Fact]
    public void The_cached_page_is_cut_at_the_markers_and_rebuilt_around_new_values()
    {
        var html = $"<form><input value=\"{JoinPageCache.TokenMarker}\"><input value=\"{JoinPageCache.KeyMarker}\"></form><p>Łódź</p>";
        var page = CachedPage.Split(Encoding.UTF8.GetBytes(html));
        var parts = page.Segments;
        parts.Count.ShouldBe(3);
        Encoding.UTF8.GetString(parts[0]).ShouldBe("<form><input value=\"");
        Encoding.UTF8.GetString(parts[2]).ShouldBe("\"></form><p>Łódź</p>");
        page.TokenAfter.ShouldBe([true, false]);
    }
}
