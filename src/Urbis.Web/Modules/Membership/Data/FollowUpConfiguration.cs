using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Modules.Membership.Data;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("FollowUps");
        builder.Audited("FollowUp");
        builder.Property(f => f.Condition).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.LastReminder).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.ClosedBy).HasMaxLength(256);
        builder.HasIndex(f => new { f.Status, f.DueDate });
        builder.HasIndex(f => f.AuthorityId);
        builder.HasOne<Application>().WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Authority>().WithMany().HasForeignKey(f => f.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
