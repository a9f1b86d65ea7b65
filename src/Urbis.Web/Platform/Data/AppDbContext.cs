using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Data;

/// <summary>
/// The one database of Urbis. Each area adds its sets in a partial file (AppDbContext.Area.cs)
/// and its configurations as <see cref="IEntityTypeConfiguration{TEntity}"/> classes.
/// Provider-specific subclasses exist only to hold each provider's migrations.
/// </summary>
internal abstract partial class AppDbContext(DbContextOptions options)
    : IdentityDbContext<User, Role, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money: two decimals are the rule; amounts that need more say so on the property.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
