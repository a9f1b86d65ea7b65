using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Modules.Directory.Data;

internal sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> builder)
    {
        builder.ToTable("Authorities");
        builder.Audited("Authority");
        builder.Property(a => a.OfficialName).HasMaxLength(Authority.NameMaxLength);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(a => a.Region).HasMaxLength(200);
        builder.Property(a => a.PopulationSource).HasMaxLength(200);
        builder.Property(a => a.Address).HasMaxLength(500);
        builder.Property(a => a.Website).HasMaxLength(500);
        builder.Property(a => a.BillingAddress).HasMaxLength(500);
        builder.Property(a => a.PreferredLanguage).HasMaxLength(8);
        builder.HasIndex(a => new { a.CountryCode, a.OfficialName });
        builder.HasIndex(a => a.OfficialName);
    }
}
