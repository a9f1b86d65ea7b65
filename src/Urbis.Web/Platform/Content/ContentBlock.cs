using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Platform.Content;

/// <summary>
/// A page text an administrator changed, in one language (Markdown). Without a row, the module's
/// default text applies; deleting the row restores it.
/// </summary>
internal sealed class ContentBlock
{
    public const int MaxLength = 20_000;

    public string Key { get; init; } = "";

    public string Language { get; init; } = "";

    public string Markdown { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}

internal sealed class ContentBlockConfiguration : IEntityTypeConfiguration<ContentBlock>
{
    public void Configure(EntityTypeBuilder<ContentBlock> builder)
    {
        builder.ToTable("ContentBlocks");
        builder.Audited("ContentBlock");
        builder.HasKey(c => new { c.Key, c.Language });
        builder.Property(c => c.Key).HasMaxLength(100);
        builder.Property(c => c.Language).HasMaxLength(8);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
    }
}
