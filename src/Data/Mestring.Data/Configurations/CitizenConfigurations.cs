using Mestring.Domain.Citizens;
using Mestring.Domain.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> b)
    {
        b.ToTable("citizens");
        b.HasIndex(c => new { c.MunicipalityId, c.PersonId }).IsUnique();
        b.HasIndex(c => new { c.MunicipalityId, c.CaseworkerId });
        b.HasIndex(c => new { c.MunicipalityId, c.TeamId });
        b.Property(c => c.PersonId).HasMaxLength(64);
        b.Property(c => c.Cpr).HasMaxLength(10);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Area).HasMaxLength(100);
        b.Property(c => c.CaseworkerId).HasMaxLength(64);
        b.Ignore(c => c.DisplayName);
    }
}

internal sealed class HouseholdMembershipConfiguration : IEntityTypeConfiguration<HouseholdMembership>
{
    public void Configure(EntityTypeBuilder<HouseholdMembership> b)
    {
        b.ToTable("household_years");
        b.HasKey(h => new { h.CitizenId, h.Year });
        b.HasIndex(h => new { h.MunicipalityId, h.Year, h.HouseholdId });
        b.Property(h => h.HouseholdId).HasMaxLength(64);
        b.Property(h => h.Area).HasMaxLength(100);
    }
}

internal sealed class PersonYearConfiguration : IEntityTypeConfiguration<PersonYear>
{
    public void Configure(EntityTypeBuilder<PersonYear> b)
    {
        b.ToTable("person_years");
        b.HasKey(p => new { p.CitizenId, p.Year });
        b.HasIndex(p => new { p.MunicipalityId, p.Year });
        b.Property(p => p.Benefit).HasMaxLength(32);
        b.Property(p => p.IncomeDkk).HasPrecision(14, 2);
    }
}

internal sealed class CitizenEventConfiguration : IEntityTypeConfiguration<CitizenEvent>
{
    public void Configure(EntityTypeBuilder<CitizenEvent> b)
    {
        b.ToTable("events");
        // The register key (person_id, date, type): a re-import of events.csv updates instead of duplicating.
        b.HasIndex(e => new { e.MunicipalityId, e.CitizenId, e.Date, e.Type }).IsUnique();
        b.Property(e => e.Type).HasMaxLength(64);
        b.Property(e => e.Quantity).HasPrecision(14, 2);
    }
}
