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
