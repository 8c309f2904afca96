using Mestring.Domain.Prevention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class PreventionSettingsConfiguration : IEntityTypeConfiguration<PreventionSettings>
{
    public void Configure(EntityTypeBuilder<PreventionSettings> b)
    {
        b.ToTable("prevention_settings");
        b.HasIndex(s => s.MunicipalityId).IsUnique();
        b.Property(s => s.LegalBasis).HasMaxLength(PreventionSettings.LegalBasisMaxLength);
        b.Property(s => s.ChangedBy).HasMaxLength(PreventionSettings.ActorMaxLength);
        b.OwnsMany(s => s.Indicators, i => i.ToJson("Indicators"));
    }
}
