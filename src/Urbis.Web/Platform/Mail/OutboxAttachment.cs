using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Platform.Files;

namespace Urbis.Web.Platform.Mail;

/// <summary>
/// A stored file sent with an outbox message. The message points at the file rather than copying
/// it: an invoice PDF is kept once, and what was sent is what the archive holds.
/// </summary>
internal sealed class OutboxAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MessageId { get; init; }

    public Guid FileId { get; init; }

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";
}

internal sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> builder)
    {
        builder.ToTable("OutboxAttachments");
        builder.Property(a => a.FileName).HasMaxLength(StoredFile.NameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.HasIndex(a => a.MessageId);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
