namespace Mestring.Registers;

/// <summary>One row of person_years.csv. Key: (person_id, year).</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="IncomeDkk">Personal gross income in DKK; may be negative (self-employed losses); null = unknown.</param>
/// <param name="EducationIsced">Highest completed education, ISCED 0–8; null = unknown.</param>
/// <param name="Benefit">The main benefit that year; null = unknown.</param>
public readonly record struct PersonYearRow(string PersonId, int Year, decimal? IncomeDkk, int? EducationIsced, Benefit? Benefit);
