using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Platform.Identity;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Audited("User");
        builder.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(8);
        builder.HasIndex(u => u.AuthorityId);

        // Secrets are audited as "changed", noise not at all.
        builder.Property(u => u.PasswordHash).AuditedWithoutValue();
        builder.Property(u => u.SecurityStamp).NotAudited();
        builder.Property(u => u.ConcurrencyStamp).NotAudited();
        builder.Property(u => u.AccessFailedCount).NotAudited();
        builder.Property(u => u.LastSignInAt).NotAudited();
        builder.Property(u => u.LastTotpTimeStep).NotAudited();
        builder.Property(u => u.NormalizedEmail).NotAudited();
        builder.Property(u => u.NormalizedUserName).NotAudited();
    }
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> builder) => builder.Audited("UserRole");
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    // Authenticator keys and recovery codes live here: record that they changed, never their value.
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder)
    {
        builder.Audited("UserToken");
        builder.Property(t => t.Value).AuditedWithoutValue();
    }
}
