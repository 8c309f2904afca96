using Mestring.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class ChildNotificationConfiguration : IEntityTypeConfiguration<ChildNotification>
{
    public void Configure(EntityTypeBuilder<ChildNotification> b)
    {
        b.ToTable("child_notifications");
        b.HasIndex(n => new { n.MunicipalityId, n.CitizenId, n.ReceivedAt });
        b.Property(n => n.NotifierKind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.NotifierName).HasMaxLength(200);
        b.Property(n => n.NotifierContact).HasMaxLength(200);
        b.Property(n => n.NotifierRole).HasMaxLength(100);
        b.Property(n => n.Concern).HasMaxLength(ChildNotification.TextMaxLength);
        b.Property(n => n.Assessment).HasMaxLength(ChildNotification.TextMaxLength);
        b.Property(n => n.ReceivedBy).HasMaxLength(256);
        b.Property(n => n.AssessedBy).HasMaxLength(256);
    }
}

internal sealed class ChildInvestigationConfiguration : IEntityTypeConfiguration<ChildInvestigation>
{
    public void Configure(EntityTypeBuilder<ChildInvestigation> b)
    {
        b.ToTable("child_investigations");
        b.HasIndex(i => new { i.MunicipalityId, i.CitizenId, i.AwareAt });
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.StartedBy).HasMaxLength(256);
        b.Property(i => i.Reason).HasMaxLength(ChildInvestigation.TextMaxLength);
        b.Property(i => i.ChildView).HasMaxLength(ChildInvestigation.TextMaxLength);
        b.Property(i => i.PreliminaryAssessment).HasMaxLength(ChildInvestigation.TextMaxLength);
        b.Property(i => i.Conclusion).HasMaxLength(ChildInvestigation.TextMaxLength);
        b.OwnsMany(i => i.Findings, f => f.ToJson("Findings"));
        b.OwnsMany(i => i.Siblings, s => s.ToJson("Siblings"));
    }
}

internal sealed class ChildDecisionConfiguration : IEntityTypeConfiguration<ChildDecision>
{
    public void Configure(EntityTypeBuilder<ChildDecision> b)
    {
        b.ToTable("child_decisions");
        b.HasIndex(d => new { d.MunicipalityId, d.CitizenId });
        b.Property(d => d.Section).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.SupportType).HasConversion<string>().HasMaxLength(24);
        b.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Purpose).HasMaxLength(ChildDecision.TextMaxLength);
        b.Property(d => d.ComplaintGuidance).HasMaxLength(ChildDecision.TextMaxLength);
        b.Property(d => d.LegalBasis).HasMaxLength(200);
        b.Property(d => d.PreparedBy).HasMaxLength(256);
        b.Property(d => d.DecidedBy).HasMaxLength(256);
        b.OwnsMany(d => d.Interventions, i => i.ToJson("Interventions"));
    }
}

internal sealed class ChildPlanRecordConfiguration : IEntityTypeConfiguration<ChildPlanRecord>
{
    public void Configure(EntityTypeBuilder<ChildPlanRecord> b)
    {
        b.ToTable("child_plan_records");
        b.HasIndex(r => new { r.MunicipalityId, r.CitizenId, r.RecordedAt });
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Target).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.RecordedBy).HasMaxLength(256);
        b.Property(r => r.PlainSummary).HasMaxLength(ChildPlanRecord.TextMaxLength);
        b.Property(r => r.ChildWords).HasMaxLength(ChildPlanRecord.TextMaxLength);
        b.Property(r => r.ParentsWords).HasMaxLength(ChildPlanRecord.TextMaxLength);
    }
}

internal sealed class CustodyConfiguration : IEntityTypeConfiguration<Custody>
{
    public void Configure(EntityTypeBuilder<Custody> b)
    {
        b.ToTable("custodies");
        b.HasIndex(c => new { c.MunicipalityId, c.ParentUserId, c.CitizenId });
        b.Property(c => c.ParentUserId).HasMaxLength(64);
    }
}
