using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Steering;

internal sealed class SteeringFactConfiguration : IEntityTypeConfiguration<SteeringFact>
{
    public void Configure(EntityTypeBuilder<SteeringFact> b)
    {
        b.ToTable("steering_facts");
        b.HasKey(f => f.Id);
        b.HasIndex(f => new { f.MunicipalityId, f.CitizenId });
        b.HasIndex(f => new { f.MunicipalityId, f.Cut, f.Year });
        SteeringColumns.Configure(b);
    }
}

internal sealed class SteeringCellConfiguration : IEntityTypeConfiguration<SteeringCell>
{
    public void Configure(EntityTypeBuilder<SteeringCell> b)
    {
        b.ToTable("steering_cells");
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.MunicipalityId, c.Cut, c.Year, c.Key }).IsUnique();
        SteeringColumns.Configure(b);
    }
}

internal sealed class SteeringDirtyConfiguration : IEntityTypeConfiguration<SteeringDirty>
{
    public void Configure(EntityTypeBuilder<SteeringDirty> b)
    {
        b.ToTable("steering_dirty");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.MunicipalityId, d.CitizenId });
    }
}

internal sealed class SteeringStateConfiguration : IEntityTypeConfiguration<SteeringState>
{
    public void Configure(EntityTypeBuilder<SteeringState> b)
    {
        b.ToTable("steering_state");
        b.HasKey(s => s.MunicipalityId);
    }
}

internal static class SteeringColumns
{
    public const int CutMaxLength = 32;
    public const int KeyMaxLength = 160;

    public static void Configure<T>(EntityTypeBuilder<T> b) where T : SteeringMeasures
    {
        b.Property(f => f.Cut).HasMaxLength(CutMaxLength);
        b.Property(f => f.Key).HasMaxLength(KeyMaxLength);
        b.Property(f => f.Spending).HasPrecision(18, 2);
        b.Property(f => f.Progress).HasPrecision(18, 4);
        b.Ignore(f => f.IsEmpty);
    }
}
