using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Urbis.Web.Platform.Jobs;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(100);
        builder.Property(j => j.LockedBy).HasMaxLength(200);
        builder.Property(j => j.LastError).HasMaxLength(2000);
    }
}
