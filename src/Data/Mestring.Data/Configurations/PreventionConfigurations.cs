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

internal sealed class PreventionDecisionConfiguration : IEntityTypeConfiguration<PreventionDecision>
{
    public void Configure(EntityTypeBuilder<PreventionDecision> b)
    {
        b.ToTable("prevention_decisions");
        b.HasIndex(d => new { d.MunicipalityId, d.CitizenId, d.DecidedAt });
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Reason).HasMaxLength(PreventionDecision.ReasonMaxLength);
        b.Property(d => d.DecidedBy).HasMaxLength(64);
        b.Property(d => d.DecidedByName).HasMaxLength(256);
        b.Property(d => d.Factors).HasMaxLength(PreventionDecision.FactorsMaxLength);
        b.Property(d => d.Tier).HasMaxLength(16);
    }
}

internal sealed class TeamAreaConfiguration : IEntityTypeConfiguration<TeamArea>
{
    public void Configure(EntityTypeBuilder<TeamArea> b)
    {
        b.ToTable("team_areas");
        b.HasIndex(a => new { a.MunicipalityId, a.TeamId, a.Area }).IsUnique();
        b.Property(a => a.Area).HasMaxLength(TeamArea.AreaMaxLength);
        b.Property(a => a.AssignedBy).HasMaxLength(256);
    }
}
