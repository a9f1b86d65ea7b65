using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Urbis.Web.Platform.Identity;

/// <summary>The six roles are reference data, created by the migrations with fixed ids.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public static readonly IReadOnlyDictionary<string, Guid> Ids = new Dictionary<string, Guid>
    {
        [Roles.MemberUser] = Guid.Parse("0195f2a0-0000-7000-8000-000000000001"),
        [Roles.MemberCoordinator] = Guid.Parse("0195f2a0-0000-7000-8000-000000000002"),
        [Roles.PartnerExpert] = Guid.Parse("0195f2a0-0000-7000-8000-000000000003"),
        [Roles.SecretariatStaff] = Guid.Parse("0195f2a0-0000-7000-8000-000000000004"),
        [Roles.Finance] = Guid.Parse("0195f2a0-0000-7000-8000-000000000005"),
        [Roles.Administrator] = Guid.Parse("0195f2a0-0000-7000-8000-000000000006"),
    };

    public void Configure(EntityTypeBuilder<Role> builder) =>
        builder.HasData(Ids.Select(r => new Role
        {
            Id = r.Value,
            Name = r.Key,
            NormalizedName = r.Key.ToUpperInvariant(),
            ConcurrencyStamp = r.Value.ToString(),
        }));
}
