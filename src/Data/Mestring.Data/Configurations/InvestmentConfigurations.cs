using Mestring.Domain.Investments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mestring.Data.Configurations;

internal sealed class SavedInvestmentCaseConfiguration : IEntityTypeConfiguration<SavedInvestmentCase>
{
    public void Configure(EntityTypeBuilder<SavedInvestmentCase> b)
    {
        b.ToTable("investment_cases");
        b.HasIndex(c => new { c.MunicipalityId, c.CreatedAt });
        b.Property(c => c.Name).HasMaxLength(SavedInvestmentCase.NameMaxLength);
        b.Property(c => c.EngineVersion).HasMaxLength(64);
        b.Property(c => c.CreatedBy).HasMaxLength(256);
    }
}

internal sealed class InvestmentCatalogueCopyConfiguration : IEntityTypeConfiguration<InvestmentCatalogueCopy>
{
    public void Configure(EntityTypeBuilder<InvestmentCatalogueCopy> b)
    {
        b.ToTable("investment_catalogues");
        b.HasIndex(c => c.MunicipalityId).IsUnique();
        b.Property(c => c.UpdatedBy).HasMaxLength(256);
    }
}
