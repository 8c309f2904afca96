using Mestring.Domain.Access;
using Mestring.Domain.Audit;
using Mestring.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.ToTable("municipalities");
        b.HasIndex(m => m.Code).IsUnique();
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b) => b.ToTable("teams");
}

internal sealed class BreakGlassGrantConfiguration : IEntityTypeConfiguration<BreakGlassGrant>
{
    public void Configure(EntityTypeBuilder<BreakGlassGrant> b)
    {
        b.ToTable("break_glass_grants");
        b.HasIndex(g => new { g.MunicipalityId, g.UserId, g.CitizenId });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>The table name is also used by the migrations that make it append-only in the database.</summary>
    public const string Table = "audit_entries";

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable(Table);
        b.HasIndex(a => new { a.MunicipalityId, a.CitizenId, a.At });
        b.HasIndex(a => new { a.MunicipalityId, a.At });
        b.Property(a => a.UserId).HasMaxLength(64);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Role).HasMaxLength(32);
        b.Property(a => a.Action).HasMaxLength(32);
        b.Property(a => a.Resource).HasMaxLength(64);
    }
}
