namespace Mestring.Registers;

/// <summary>One row of persons.csv. Key: <see cref="PersonId"/>.</summary>
/// <param name="PersonId">Pseudonymous id.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex">Legal sex.</param>
/// <param name="MotherId">The mother's person_id; null = unknown.</param>
/// <param name="FatherId">The father's person_id; null = unknown.</param>
/// <param name="DeathDate">Date of death; null = alive (or unknown).</param>
/// <param name="Area">Extra column <c>area</c>: school district / housing area of the latest address; null = unknown.</param>
/// <param name="Cpr">
/// Extra column <c>cpr</c>, read but never written: a real CPR number (10 digits), checked against birth date and sex; it
/// goes only into the operational database. null = none.
/// </param>
public readonly record struct PersonRow(
    string PersonId, DateOnly BirthDate, Sex Sex, string? MotherId, string? FatherId, DateOnly? DeathDate, string? Area = null, string? Cpr = null);
