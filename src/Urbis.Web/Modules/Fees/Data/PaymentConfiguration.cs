using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Modules.Fees.Data;

/// <summary>Payments: audited, and only the invoice they pay may change (a correction moves them).</summary>
internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Audited("Payment");
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Reference).HasMaxLength(Payment.ReferenceMaxLength);
        builder.Property(p => p.RecordedBy).HasMaxLength(200);
        builder.Property(p => p.ReversedBy).HasMaxLength(200);
        builder.Property(p => p.ReversalReason).HasMaxLength(Payment.ReasonMaxLength);
        builder.HasIndex(p => p.InvoiceId);
        builder.HasIndex(p => p.Date);

        // A bank line pays one invoice at a time: once its payment is reversed, it can be booked again.
        builder.HasIndex(p => p.BankTransactionId).IsUnique().HasFilter("\"ReversedAt\" IS NULL");
        builder.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Authority>().WithMany().HasForeignKey(p => p.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BankTransaction>().WithMany().HasForeignKey(p => p.BankTransactionId).OnDelete(DeleteBehavior.Restrict);
        string[] changeable = [nameof(Payment.InvoiceId), nameof(Payment.ReversedAt), nameof(Payment.ReversedBy), nameof(Payment.ReversalReason)];
        foreach (var property in builder.Metadata.GetDeclaredProperties().Where(p => !p.IsPrimaryKey() && !changeable.Contains(p.Name)))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

internal sealed class FeeOverrideConfiguration : IEntityTypeConfiguration<FeeOverride>
{
    public void Configure(EntityTypeBuilder<FeeOverride> builder)
    {
        builder.ToTable("FeeOverrides");
        builder.Audited("FeeOverride");
        builder.Property(o => o.Reason).HasMaxLength(FeeOverride.ReasonMaxLength);
        builder.Property(o => o.SetBy).HasMaxLength(200);
        builder.HasIndex(o => new { o.AuthorityId, o.Year }).IsUnique();
        builder.HasOne<Authority>().WithMany().HasForeignKey(o => o.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.Property(r => r.SentTo).HasMaxLength(256);
        builder.HasIndex(r => new { r.InvoiceId, r.Step }).IsUnique();
        builder.HasIndex(r => r.SentAt);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(r => r.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvoiceRunConfiguration : IEntityTypeConfiguration<InvoiceRun>
{
    public void Configure(EntityTypeBuilder<InvoiceRun> builder)
    {
        builder.ToTable("InvoiceRuns");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Ignore(r => r.IsActive);
        builder.Ignore(r => r.Percent);
        builder.HasIndex(r => new { r.Year, r.Status });

        // One run at a time per year, also when two people press the button at once.
        builder.HasIndex(r => r.Year, "IX_InvoiceRuns_Active").IsUnique().HasFilter("\"Status\" IN ('Queued', 'Running')");
        builder.OwnsMany(r => r.Skipped, s =>
        {
            s.ToJson();
            s.Property(x => x.Problem).HasConversion<string>();
        });
    }
}

internal sealed class BankStatementConfiguration : IEntityTypeConfiguration<BankStatement>
{
    public void Configure(EntityTypeBuilder<BankStatement> builder)
    {
        builder.ToTable("BankStatements");
        builder.Audited("BankStatement");
        builder.Property(s => s.FileName).HasMaxLength(255);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(s => s.AccountIban).HasMaxLength(34);
        builder.Property(s => s.StatementReference).HasMaxLength(140);
        builder.Property(s => s.ImportedBy).HasMaxLength(200);
        builder.HasIndex(s => s.Sha256).IsUnique();
    }
}

internal sealed class BankTransactionConfiguration : IEntityTypeConfiguration<BankTransaction>
{
    public void Configure(EntityTypeBuilder<BankTransaction> builder)
    {
        builder.ToTable("BankTransactions");
        builder.Audited("BankTransaction");
        builder.Property(t => t.AccountIban).HasMaxLength(34);
        builder.Property(t => t.TransactionReference).HasMaxLength(140);
        builder.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(t => t.PayerName).HasMaxLength(BankTransaction.TextMaxLength);
        builder.Property(t => t.StructuredReference).HasMaxLength(35);
        builder.Property(t => t.Remittance).HasMaxLength(BankTransaction.TextMaxLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.MatchedBy).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.DecidedBy).HasMaxLength(200);

        // Never the same bank transaction twice, whichever file brings it.
        builder.HasIndex(t => new { t.AccountIban, t.TransactionReference }).IsUnique();
        builder.HasIndex(t => new { t.StatementId, t.Status });
        builder.HasOne<BankStatement>().WithMany().HasForeignKey(t => t.StatementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(t => t.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
