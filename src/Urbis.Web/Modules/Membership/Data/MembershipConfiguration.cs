using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Modules.Membership.Data;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Domain.Membership>
{
    public void Configure(EntityTypeBuilder<Domain.Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.Audited("Membership");
        builder.Property(m => m.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(m => new { m.AuthorityId, m.Status });
        builder.HasIndex(m => m.Status);

        // The database keeps the reference sound; the code still meets Directory only by id.
        builder.HasOne<Authority>().WithMany().HasForeignKey(m => m.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
