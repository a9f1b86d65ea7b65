using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform.Audit;

namespace Urbis.Web.Modules.Directory.Data;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Audited("Person");
        builder.Property(p => p.FullName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Email).HasMaxLength(Person.EmailMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(50);
        builder.Property(p => p.Position).HasMaxLength(200);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(8);
        builder.HasIndex(p => p.Email);
        builder.HasIndex(p => p.UserId);
    }
}

internal sealed class AuthorityContactConfiguration : IEntityTypeConfiguration<AuthorityContact>
{
    public void Configure(EntityTypeBuilder<AuthorityContact> builder)
    {
        builder.ToTable("AuthorityContacts");
        builder.Audited("AuthorityContact");
        builder.Property(c => c.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(c => new { c.AuthorityId, c.Role });
        builder.HasIndex(c => c.PersonId);
        builder.HasOne<Authority>().WithMany().HasForeignKey(c => c.AuthorityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuthorityPopulationConfiguration : IEntityTypeConfiguration<AuthorityPopulation>
{
    public void Configure(EntityTypeBuilder<AuthorityPopulation> builder)
    {
        builder.ToTable("AuthorityPopulations");
        builder.Audited("AuthorityPopulation");
        builder.Property(p => p.Source).HasMaxLength(200);
        builder.HasIndex(p => new { p.AuthorityId, p.ValidFrom });
        builder.HasOne<Authority>().WithMany().HasForeignKey(p => p.AuthorityId).OnDelete(DeleteBehavior.Cascade);
    }
}
