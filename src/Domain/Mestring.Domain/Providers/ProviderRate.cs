using Mestring.Domain.Common;

namespace Mestring.Domain.Providers;

/// <summary>
/// A takst of a tilbud per ydelse (Tilbudsportalen: per indsats ydelse, målgruppe and takst), at the prices of its price
/// year, with the occupancy (belægningsprocent) the takst assumes.
/// </summary>
public sealed class ProviderRate : TenantEntity
{
    /// <summary>The units a takst may be given per (the register extract's unit codes).</summary>
    public static readonly IReadOnlyList<string> Units = ["day", "hour", "week", "month"];

    private ProviderRate() { }

    public ProviderRate(Guid municipalityId, Guid providerId, string serviceCode, string? targetGroup, string unit, decimal priceDkk, int priceYear, decimal occupancyPercent)
    {
        MunicipalityId = municipalityId;
        ProviderId = providerId;
        ServiceCode = Guard.NotBlank(serviceCode, "serviceCode", 36);
        TargetGroup = string.IsNullOrWhiteSpace(targetGroup) ? null : Guard.NotBlank(targetGroup, "targetGroup", 36);
        if (!Units.Contains(unit, StringComparer.Ordinal))
        {
            throw ValidationException.For("unit", "must be day, hour, week or month");
        }
        if (priceDkk is <= 0 or > 10_000_000m)
        {
            throw ValidationException.For("priceDkk", "must be above 0 and at most 10,000,000");
        }
        if (priceYear is < 2000 or > 2100)
        {
            throw ValidationException.For("priceYear", "must be a year from 2000 to 2100");
        }
        if (occupancyPercent is <= 0 or > 100)
        {
            throw ValidationException.For("occupancyPercent", "must be above 0 and at most 100");
        }
        Unit = unit;
        PriceDkk = priceDkk;
        PriceYear = priceYear;
        OccupancyPercent = occupancyPercent;
    }

    public Guid ProviderId { get; private set; }
    /// <summary>The ydelse (service code as in services.csv).</summary>
    public string ServiceCode { get; private set; } = "";
    /// <summary>The FFB målgruppe code; null = every target group of the tilbud.</summary>
    public string? TargetGroup { get; private set; }
    public string Unit { get; private set; } = "";
    public decimal PriceDkk { get; private set; }
    /// <summary>The year whose prices the takst is given in (pris- og lønregulering).</summary>
    public int PriceYear { get; private set; }
    /// <summary>The assumed occupancy (belægningsprocent) behind the takst, 0–100.</summary>
    public decimal OccupancyPercent { get; private set; }
}
