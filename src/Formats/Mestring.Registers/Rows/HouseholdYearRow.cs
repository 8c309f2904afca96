namespace Mestring.Registers;

/// <summary>One row of household_years.csv: where the person lived at 1 January. Key: (person_id, year).</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="HouseholdId">Pseudonymous household id (stable while the household exists).</param>
/// <param name="Area">Extra column <c>area</c>: the household's school district / housing area that year; null = unknown.</param>
public readonly record struct HouseholdYearRow(string PersonId, int Year, string HouseholdId, string? Area = null);
