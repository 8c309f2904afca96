namespace Mestring.Registers;

/// <summary>One row of services.csv: an intervention (indsats) delivered by a provider. Key: <see cref="ServiceId"/>.</summary>
/// <param name="ServiceId">Pseudonymous id.</param>
/// <param name="PersonId">The citizen.</param>
/// <param name="ProviderId">The provider (tilbud).</param>
/// <param name="LegalBasis">Law and section, e.g. <c>SEL-85</c>, <c>SEL-107</c>, <c>BL-32</c>.</param>
/// <param name="FfbServiceCode">The FFB ydelse code.</param>
/// <param name="StartDate">First day.</param>
/// <param name="EndDate">Last day (inclusive); null = ongoing.</param>
/// <param name="Unit">The price unit.</param>
/// <param name="UnitsPerWeek">Units delivered per week (≥ 0; 7 for a daily takst); null = unknown.</param>
/// <param name="UnitPriceDkk">Price per unit in DKK (≥ 0); null = unknown.</param>
/// <param name="Method">Extra column <c>method</c>: the named method, e.g. <c>Housing First</c>, <c>CAU</c>.</param>
/// <param name="SpecialisationLevel">Extra column <c>specialisation_level</c>: 1–3.</param>
/// <param name="FfbTargetGroupCode">Extra column <c>ffb_target_group_code</c>: the FFB målgruppe the service is granted for.</param>
public readonly record struct ServiceRow(
    string ServiceId, string PersonId, string ProviderId, string LegalBasis, string FfbServiceCode, DateOnly StartDate, DateOnly? EndDate,
    ServiceUnit Unit, decimal? UnitsPerWeek, decimal? UnitPriceDkk, string? Method = null, int? SpecialisationLevel = null,
    string? FfbTargetGroupCode = null);
