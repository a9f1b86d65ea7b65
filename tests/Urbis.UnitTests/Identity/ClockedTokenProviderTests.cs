using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Urbis.Web.Platform.Identity;

namespace Urbis.UnitTests.Identity;

/// <summary>The age of e-mailed tokens is measured by the application's clock, not the system's.</summary>
public sealed class ClockedTokenProviderTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeUserManager users = new();
    private readonly User user = new() { Id = Guid.CreateVersion7(), SecurityStamp = "stamp-1" };
    private readonly ClockedTokenProvider provider;

    public ClockedTokenProviderTests() =>
        provider = new ClockedTokenProvider(
            new EphemeralDataProtectionProvider(),
            Options.Create(new DataProtectionTokenProviderOptions { TokenLifespan = TimeSpan.FromHours(2) }),
            NullLogger<DataProtectorTokenProvider<User>>.Instance,
            clock);

    [Fact]
    public async Task A_token_is_valid_until_its_lifespan_has_passed_on_the_application_clock()
    {
        var token = await provider.GenerateAsync("ResetPassword", users, user);

        clock.Advance(TimeSpan.FromHours(2));
        (await provider.ValidateAsync("ResetPassword", token, users, user)).ShouldBeTrue();
        clock.Advance(TimeSpan.FromSeconds(1));
        (await provider.ValidateAsync("ResetPassword", token, users, user)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_token_is_refused_for_another_purpose_another_user_or_a_new_security_stamp()
    {
        var token = await provider.GenerateAsync("ChangeEmail:a@example.org", users, user);

        (await provider.ValidateAsync("ChangeEmail:b@example.org", token, users, user)).ShouldBeFalse();
        (await provider.ValidateAsync("ChangeEmail:a@example.org", token, users, new User { Id = Guid.CreateVersion7(), SecurityStamp = "stamp-1" })).ShouldBeFalse();
        user.SecurityStamp = "stamp-2";
        (await provider.ValidateAsync("ChangeEmail:a@example.org", token, users, user)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all")]
    [InlineData("bm90LWEtdG9rZW4=")]
    public async Task A_malformed_token_is_simply_invalid(string token) =>
        (await provider.ValidateAsync("ResetPassword", token, users, user)).ShouldBeFalse();

    /// <summary>Just enough of a user manager for the provider: id and security stamp.</summary>
    private sealed class FakeUserManager() : UserManager<User>(new NoStore(), null!, null!, null!, null!, null!, null!, null!, NullLogger<UserManager<User>>.Instance)
    {
        public override bool SupportsUserSecurityStamp => true;

        public override Task<string> GetUserIdAsync(User user) => Task.FromResult(user.Id.ToString());

        public override Task<string> GetSecurityStampAsync(User user) => Task.FromResult(user.SecurityStamp!);
    }

    private sealed class NoStore : IUserStore<User>
    {
        public void Dispose()
        {
        }

        public Task<IdentityResult> CreateAsync(User user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IdentityResult> DeleteAsync(User user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<User?> FindByIdAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string?> GetNormalizedUserNameAsync(User user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string> GetUserIdAsync(User user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string?> GetUserNameAsync(User user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SetNormalizedUserNameAsync(User user, string? normalizedName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SetUserNameAsync(User user, string? userName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IdentityResult> UpdateAsync(User user, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
