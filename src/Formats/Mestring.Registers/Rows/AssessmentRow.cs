namespace Mestring.Registers;

/// <summary>One row of assessments.csv. Key: (person_id, date, ffb_condition_code).</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Date">The day of the udredning / follow-up.</param>
/// <param name="FfbConditionCode">The FFB tilstand assessed.</param>
/// <param name="FunctionLevel">Funktionsevneniveau 0–4; null = ikke vurderet (not assessed), distinct from any level.</param>
/// <param name="SupportNeed">Støttebehovsniveau 0–4; null = not assessed.</param>
public readonly record struct AssessmentRow(string PersonId, DateOnly Date, string FfbConditionCode, int? FunctionLevel, int? SupportNeed);
