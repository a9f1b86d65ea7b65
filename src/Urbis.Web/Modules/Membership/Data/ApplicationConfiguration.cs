using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Modules.Membership.Domain;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Modules.Membership.Data;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("Applications");
        builder.Audited("Application");
        builder.Property(a => a.Reference).HasMaxLength(20);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.HasIndex(a => a.SubmissionKey).IsUnique();
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(a => new { a.State, a.SubmittedAt });
        builder.HasIndex(a => new { a.CountryCode, a.NormalisedName });
        builder.HasIndex(a => a.AssigneeId);
        builder.HasIndex(a => a.AnswerTokenHash);

        // The versions keep every answer; the audit log records the change of version, not the text twice.
        builder.Property(a => a.Answers).HasJsonConversion().NotAudited();
        builder.Property(a => a.Assessment).HasJsonConversion();
        builder.Property(a => a.ConsentWording).NotAudited();
        builder.Property(a => a.AuthorityName).HasMaxLength(Authority.NameMaxLength);
        builder.Property(a => a.NormalisedName).HasMaxLength(Authority.NameMaxLength * 2);
        builder.Property(a => a.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(a => a.ApplicantEmail).HasMaxLength(256);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.Property(a => a.AssigneeName).HasMaxLength(200);
        builder.Property(a => a.AnswerTokenHash).HasMaxLength(64).AuditedWithoutValue();
        builder.Property(a => a.RecommendedCategory).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.DecisionBody).HasMaxLength(200);
        builder.Property(a => a.DecisionReference).HasMaxLength(100);
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken().NotAudited();
        builder.HasOne<Authority>().WithMany().HasForeignKey(a => a.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationVersionConfiguration : IEntityTypeConfiguration<ApplicationVersion>
{
    public void Configure(EntityTypeBuilder<ApplicationVersion> builder)
    {
        builder.ToTable("ApplicationVersions");
        builder.Audited("ApplicationVersion");
        builder.Property(v => v.Answers).HasJsonConversion().NotAudited();
        builder.HasIndex(v => new { v.ApplicationId, v.Number }).IsUnique();
        builder.HasOne<Application>().WithMany().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("ApplicationEvents");
        builder.Audited("ApplicationEvent");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.HasIndex(e => new { e.ApplicationId, e.At });
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

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
