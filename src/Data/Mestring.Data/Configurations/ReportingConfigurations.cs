using Mestring.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class ReportRecordConfiguration : IEntityTypeConfiguration<ReportRecord>
{
    public void Configure(EntityTypeBuilder<ReportRecord> b)
    {
        b.ToTable("report_records");
        b.HasIndex(r => new { r.MunicipalityId, r.MadeAt });
        b.Property(r => r.Kind).HasMaxLength(64);
        b.Property(r => r.FiguresHash).HasMaxLength(128);
        b.Property(r => r.EngineVersion).HasMaxLength(64);
        b.Property(r => r.MadeBy).HasMaxLength(256);
    }
}

internal sealed class ImportedAggregateConfiguration : IEntityTypeConfiguration<ImportedAggregate>
{
    public void Configure(EntityTypeBuilder<ImportedAggregate> b)
    {
        b.ToTable("imported_aggregates");
        b.HasIndex(a => new { a.MunicipalityId, a.Measure, a.SourceMunicipality, a.LegalBasis, a.Year }).IsUnique();
        b.Property(a => a.SourceMunicipality).HasMaxLength(16);
        b.Property(a => a.Measure).HasMaxLength(64);
        b.Property(a => a.LegalBasis).HasMaxLength(64);
        b.Property(a => a.FileHash).HasMaxLength(128);
        b.Property(a => a.Spending).HasPrecision(18, 2);
    }
}
