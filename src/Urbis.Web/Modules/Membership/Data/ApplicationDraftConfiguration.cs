using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Modules.Membership.Data;

internal sealed class ApplicationDraftConfiguration : IEntityTypeConfiguration<ApplicationDraft>
{
    public void Configure(EntityTypeBuilder<ApplicationDraft> builder)
    {
        // Not audited: an anonymous work in progress, deleted when it expires.
        builder.ToTable("ApplicationDrafts");
        builder.Property(d => d.TokenHash).HasMaxLength(64);
        builder.HasIndex(d => d.TokenHash).IsUnique();
        builder.HasIndex(d => d.ExpiresAt);
        builder.Property(d => d.Email).HasMaxLength(256);
        builder.Property(d => d.Language).HasMaxLength(8);
    }
}
