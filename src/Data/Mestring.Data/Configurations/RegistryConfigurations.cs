using Mestring.Domain.Oversight;
using Mestring.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class ProviderRateConfiguration : IEntityTypeConfiguration<ProviderRate>
{
    public void Configure(EntityTypeBuilder<ProviderRate> b)
    {
        b.ToTable("provider_rates");
        b.HasIndex(r => new { r.MunicipalityId, r.ProviderId, r.ServiceCode, r.TargetGroup, r.Unit, r.PriceYear }).IsUnique();
        b.Property(r => r.ServiceCode).HasMaxLength(36);
        b.Property(r => r.TargetGroup).HasMaxLength(36);
        b.Property(r => r.Unit).HasMaxLength(8);
        b.Property(r => r.PriceDkk).HasPrecision(14, 2);
        b.Property(r => r.OccupancyPercent).HasPrecision(5, 2);
    }
}

internal sealed class ProviderPlacesConfiguration : IEntityTypeConfiguration<ProviderPlaces>
{
    public void Configure(EntityTypeBuilder<ProviderPlaces> b)
    {
        b.ToTable("provider_places");
        b.HasIndex(p => new { p.MunicipalityId, p.ProviderId, p.LegalBasis }).IsUnique();
        b.Property(p => p.LegalBasis).HasMaxLength(16);
    }
}

internal sealed class ProviderUnitConfiguration : IEntityTypeConfiguration<ProviderUnit>
{
    public void Configure(EntityTypeBuilder<ProviderUnit> b)
    {
        b.ToTable("provider_units");
        b.HasIndex(u => new { u.MunicipalityId, u.ProviderId, u.UnitId }).IsUnique();
        b.Property(u => u.UnitId).HasMaxLength(64);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.PNumber).HasMaxLength(10);
    }
}

internal sealed class ProviderLinkConfiguration : IEntityTypeConfiguration<ProviderLink>
{
    public void Configure(EntityTypeBuilder<ProviderLink> b)
    {
        b.ToTable("provider_links");
        b.HasIndex(l => new { l.MunicipalityId, l.FromId, l.ToId, l.Role }).IsUnique();
        b.HasIndex(l => new { l.MunicipalityId, l.ToId });
        b.Property(l => l.FromId).HasMaxLength(64);
        b.Property(l => l.ToId).HasMaxLength(64);
        b.Property(l => l.Role).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class QuarantineConfiguration : IEntityTypeConfiguration<Quarantine>
{
    public void Configure(EntityTypeBuilder<Quarantine> b)
    {
        b.ToTable("quarantines");
        b.HasIndex(q => new { q.MunicipalityId, q.PersonId, q.From }).IsUnique();
        b.Property(q => q.PersonId).HasMaxLength(64);
        b.Property(q => q.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(q => q.DecidedBy).HasMaxLength(100);
        b.Property(q => q.LegalBasis).HasMaxLength(16);
    }
}

internal sealed class SupervisionThemeConfiguration : IEntityTypeConfiguration<SupervisionTheme>
{
    public void Configure(EntityTypeBuilder<SupervisionTheme> b)
    {
        b.ToTable("supervision_themes");
        b.HasKey(t => t.Code);
        b.Property(t => t.Code).HasMaxLength(64);
        b.Property(t => t.NameDa).HasMaxLength(100);
        b.Property(t => t.NameEn).HasMaxLength(100);
        b.HasData(SupervisionTheme.Shipped);
    }
}
