using Mestring.Domain.Assessments;
using Mestring.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("assessments");
        b.HasIndex(a => new { a.MunicipalityId, a.CitizenId, a.Date });
        b.OwnsMany(a => a.Items, items =>
        {
            items.ToTable("assessment_items");
            items.WithOwner().HasForeignKey("AssessmentId");
            items.Property<int>("Id");
            items.HasKey("Id");
            items.Property(i => i.ConditionCode).HasMaxLength(36);
            // A condition is rated once per assessment; the register key (person_id, date, ffb_condition_code) relies on it.
            items.HasIndex("AssessmentId", nameof(AssessmentItem.ConditionCode)).IsUnique();
        });
        b.Navigation(a => a.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("plans");
        b.HasIndex(p => new { p.MunicipalityId, p.CitizenId }).IsUnique();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PlanId);
        b.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId);
        b.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PlanId);
        b.Navigation(p => p.Goals).HasField("_goals").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.Sections).HasField("_sections").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.ToTable("goals");
        b.HasIndex(g => new { g.MunicipalityId, g.CitizenId });
        b.Property(g => g.PrimaryConditionCode).HasMaxLength(36);
        b.PrimitiveCollection(g => g.SecondaryConditionCodes);
    }
}

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> b)
    {
        b.ToTable("plan_sections");
        b.HasIndex(s => new { s.PlanId, s.Sector }).IsUnique();
        b.Property(s => s.Sector).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.ToTable("plan_versions");
        b.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
    }
}

internal sealed class NetworkContributionConfiguration : IEntityTypeConfiguration<NetworkContribution>
{
    public void Configure(EntityTypeBuilder<NetworkContribution> b)
    {
        b.ToTable("network_contributions");
        b.HasIndex(n => new { n.MunicipalityId, n.CitizenId });
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        b.Ignore(n => n.Ended);
    }
}
