using Mestring.Domain.Common;

namespace Mestring.Domain.Investments;

/// <summary>
/// A municipality's own, editable copy of the investment knowledge catalogue (unit costs, method effects,
/// price index) as JSON. Seeded from the shipped default on first use; one row per municipality.
/// </summary>
public sealed class InvestmentCatalogueCopy : TenantEntity
{
    private InvestmentCatalogueCopy() { }

    public InvestmentCatalogueCopy(Guid municipalityId, string catalogueJson, string updatedBy, DateTimeOffset updatedAt)
    {
        MunicipalityId = municipalityId;
        Replace(catalogueJson, updatedBy, updatedAt);
    }

    public string CatalogueJson { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Replaces the catalogue (already validated by the caller).</summary>
    public void Replace(string catalogueJson, string updatedBy, DateTimeOffset updatedAt)
    {
        CatalogueJson = Guard.NotBlank(catalogueJson, "catalogueJson", 5_000_000);
        UpdatedBy = Guard.NotBlank(updatedBy, "updatedBy", 256);
        UpdatedAt = updatedAt;
    }
}
