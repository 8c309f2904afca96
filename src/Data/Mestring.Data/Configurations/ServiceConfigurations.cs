using Mestring.Domain.Consents;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Interventions;
using Mestring.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> b)
    {
        b.ToTable("providers");
        b.HasIndex(p => new { p.MunicipalityId, p.ExternalId }).IsUnique();
        b.Property(p => p.ExternalId).HasMaxLength(64);
        b.Property(p => p.Ownership).HasConversion<string>().HasMaxLength(16);
        // Operational edits validate 8 digits; a register extract's cvr is stored as given.
        b.Property(p => p.Cvr).HasMaxLength(32);
        b.Property(p => p.OwnerId).HasMaxLength(64);
        b.Property(p => p.LeaderId).HasMaxLength(64);
    }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> b)
    {
        b.ToTable("interventions");
        b.HasIndex(i => new { i.MunicipalityId, i.CitizenId });
        b.HasIndex(i => new { i.MunicipalityId, i.ProviderId, i.Status });
        // service_id is the register key; operational interventions have none (NULLs do not collide).
        b.HasIndex(i => new { i.MunicipalityId, i.ExternalId }).IsUnique();
        b.Property(i => i.ExternalId).HasMaxLength(64);
        b.Property(i => i.TargetGroupCode).HasMaxLength(36);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Sector).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.Unit).HasConversion<string>().HasMaxLength(8);
        b.Property(i => i.ServiceCode).HasMaxLength(36);
        b.Property(i => i.LegalBasis).HasMaxLength(16);
        b.Property(i => i.UnitPrice).HasPrecision(14, 2);
        b.Property(i => i.UnitsPerWeek).HasPrecision(10, 2);
        b.PrimitiveCollection(i => i.GoalIds);
        b.Ignore(i => i.IsOpen);
        b.Ignore(i => i.WeeklyCost);
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("follow_ups");
        b.HasIndex(f => new { f.MunicipalityId, f.CitizenId });
        b.HasIndex(f => new { f.MunicipalityId, f.DueDate });
        b.Property(f => f.Decision).HasConversion<string>().HasMaxLength(24);
    }
}

internal sealed class ProgressRatingConfiguration : IEntityTypeConfiguration<ProgressRating>
{
    public void Configure(EntityTypeBuilder<ProgressRating> b)
    {
        b.ToTable("progress_ratings");
        b.HasIndex(r => new { r.MunicipalityId, r.GoalId, r.At });
    }
}

internal sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNote>
{
    public void Configure(EntityTypeBuilder<ProgressNote> b)
    {
        b.ToTable("progress_notes");
        b.HasIndex(n => new { n.MunicipalityId, n.InterventionId });
        b.Property(n => n.DeliveredUnits).HasPrecision(10, 2);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.ToTable("consents");
        b.HasIndex(c => new { c.MunicipalityId, c.CitizenId });
    }
}
