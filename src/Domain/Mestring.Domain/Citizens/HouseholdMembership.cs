using Mestring.Domain.Common;

namespace Mestring.Domain.Citizens;

/// <summary>Where a citizen lived at 1 January of a year (register: household_years.csv).</summary>
public sealed class HouseholdMembership : ITenantOwned, ICitizenData
{
    private HouseholdMembership() { }

    public HouseholdMembership(Guid municipalityId, Guid citizenId, int year, string householdId, string? area = null)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Year = year;
        HouseholdId = Guard.NotBlank(householdId, "householdId", 64);
        Area = string.IsNullOrWhiteSpace(area) ? null : area;
    }

    public Guid MunicipalityId { get; private set; }
    public Guid CitizenId { get; private set; }
    public int Year { get; private set; }
    public string HouseholdId { get; private set; } = "";
    /// <summary>The household's school district / housing area that year; null = unknown.</summary>
    public string? Area { get; private set; }
}
