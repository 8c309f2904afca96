using Mestring.Domain.Oversight;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.ToTable("invoices");
        // The register key (invoice_id): a re-import of invoices.csv updates instead of duplicating. Like the other register
        // tables (events), no foreign keys: the bulk path may rebuild a table's indexes only when nothing points at it.
        b.HasIndex(i => new { i.MunicipalityId, i.ExternalId }).IsUnique();
        b.HasIndex(i => new { i.MunicipalityId, i.ProviderId, i.PeriodStart });
        b.Property(i => i.ExternalId).HasMaxLength(64);
        b.Property(i => i.Unit).HasMaxLength(8);
        b.Property(i => i.Units).HasPrecision(14, 2);
        b.Property(i => i.AmountDkk).HasPrecision(14, 2);
    }
}

internal sealed class SupervisionScoreConfiguration : IEntityTypeConfiguration<SupervisionScore>
{
    public void Configure(EntityTypeBuilder<SupervisionScore> b)
    {
        b.ToTable("supervision_scores");
        b.HasIndex(s => new { s.MunicipalityId, s.ProviderId, s.Date, s.Theme }).IsUnique();
        b.Property(s => s.Theme).HasMaxLength(64);
    }
}

internal sealed class SignalReviewConfiguration : IEntityTypeConfiguration<SignalReview>
{
    public void Configure(EntityTypeBuilder<SignalReview> b)
    {
        b.ToTable("signal_reviews");
        b.HasIndex(r => new { r.MunicipalityId, r.Fingerprint, r.At });
        b.Property(r => r.ProviderId).HasMaxLength(64);
        b.Property(r => r.Kind).HasMaxLength(64);
        b.Property(r => r.Fingerprint).HasMaxLength(32);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.By).HasMaxLength(200);
    }
}
