using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Audit;
using Urbis.Web.Platform.Files;

namespace Urbis.Web.Modules.Fees.Data;

/// <summary>
/// Invoices and credit notes. Every property that an issued invoice states is mapped with
/// <see cref="PropertySaveBehavior.Throw"/>: EF Core refuses to save a change to it, whatever code
/// tries (the domain has no setter for them either). The lines are a JSON document, frozen the same way.
/// </summary>
internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    /// <summary>What may still change after issue: the settlement and the record of the PDF and e-mail.</summary>
    public static readonly IReadOnlySet<string> Settlement = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(Invoice.Status), nameof(Invoice.AmountPaid), nameof(Invoice.CancelledByCreditNoteId),
        nameof(Invoice.CancelledAt), nameof(Invoice.DocumentFileId), nameof(Invoice.EmailedAt), nameof(Invoice.Revision),
    };

    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.Audited("Invoice");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Number).HasMaxLength(32);
        builder.Property(i => i.CorrectsNumber).HasMaxLength(32);
        builder.Property(i => i.CustomerName).HasMaxLength(Authority.NameMaxLength);
        builder.Property(i => i.CustomerAddress).HasMaxLength(Invoice.TextMaxLength);
        builder.Property(i => i.CustomerCountry).HasMaxLength(2);
        builder.Property(i => i.ContactName).HasMaxLength(200);
        builder.Property(i => i.ContactEmail).HasMaxLength(256);
        builder.Property(i => i.Language).HasMaxLength(8);
        builder.Property(i => i.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(i => i.PaymentReference).HasMaxLength(35);
        builder.Property(i => i.CorrectionReason).HasMaxLength(Invoice.TextMaxLength);
        builder.Property(i => i.CreatedBy).HasMaxLength(200);
        builder.Property(i => i.Revision).IsConcurrencyToken().NotAudited();

        // Where the PDF is kept and when it was e-mailed are bookkeeping (the outbox logs the e-mail):
        // auditing them would write a second entry for each of the year's invoices.
        builder.Property(i => i.DocumentFileId).NotAudited();
        builder.Property(i => i.EmailedAt).NotAudited();
        builder.Ignore(i => i.Outstanding);
        builder.Ignore(i => i.Credit);
        builder.OwnsMany(i => i.Lines, line =>
        {
            line.ToJson();
            foreach (var property in line.OwnedEntityType.GetDeclaredProperties())
            {
                property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
            }
        });

        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => new { i.Kind, i.NumberYear, i.Sequence }).IsUnique();
        builder.HasIndex(i => i.PaymentReference);
        builder.HasIndex(i => new { i.FeeYear, i.Status });
        builder.HasIndex(i => new { i.AuthorityId, i.FeeYear });
        builder.HasIndex(i => i.RunId);

        // Idempotence of the annual run, kept by the database too: one run invoice per member and year.
        builder.HasIndex(i => new { i.AuthorityId, i.FeeYear }, "IX_Invoices_AnnualFee").IsUnique().HasFilter("\"Origin\" = 'AnnualRun'");

        builder.HasOne<Authority>().WithMany().HasForeignKey(i => i.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(i => i.DocumentFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.CorrectsInvoiceId).OnDelete(DeleteBehavior.Restrict);

        foreach (var property in builder.Metadata.GetDeclaredProperties().Where(p => !p.IsPrimaryKey() && !Settlement.Contains(p.Name)))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

/// <summary>The last number used per series and year; bumped inside the issuing transaction (see InvoiceNumbers).</summary>
internal sealed class InvoiceCounter
{
    public string Series { get; init; } = "";

    public int Year { get; init; }

    public int Last { get; init; }
}

internal sealed class InvoiceCounterConfiguration : IEntityTypeConfiguration<InvoiceCounter>
{
    public void Configure(EntityTypeBuilder<InvoiceCounter> builder)
    {
        builder.ToTable("InvoiceCounters");
        builder.HasKey(c => new { c.Series, c.Year });
        builder.Property(c => c.Series).HasMaxLength(16);
    }
}
