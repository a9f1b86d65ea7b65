using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Modules.Fees.Data;

/// <summary>
/// A schedule is one row; its categories, bands, formulas and country groups are a JSON document
/// (read and written whole, never queried piecemeal, frozen once published).
/// </summary>
internal sealed class FeeScheduleConfiguration : IEntityTypeConfiguration<FeeSchedule>
{
    public void Configure(EntityTypeBuilder<FeeSchedule> builder)
    {
        builder.ToTable("FeeSchedules");
        builder.Audited("FeeSchedule");
        builder.HasIndex(s => s.Year).IsUnique();
        builder.Property(s => s.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.JoinerRule).HasConversion<string>().HasMaxLength(32);
        builder.OwnsMany(s => s.Categories, category =>
        {
            category.ToJson();
            category.Property(c => c.Category).HasConversion<string>();
            category.Property(c => c.Method).HasConversion<string>();
            category.OwnsMany(c => c.Bands);
            category.OwnsOne(c => c.Formula);
        });
        builder.OwnsMany(s => s.CountryGroups, group => group.ToJson());
    }
}
