namespace Mestring.Registers;

/// <summary>
/// One row of supervision_assessments.csv (optional file): a socialtilsyn theme score of a tilbud on the date of an
/// assessment. Key: (<see cref="ProviderId"/>, <see cref="Date"/>, <see cref="Theme"/>).
/// </summary>
/// <param name="ProviderId">The provider (tilbud).</param>
/// <param name="Date">The assessment's date.</param>
/// <param name="Theme">The theme's code (lower-case snake_case, e.g. <c>health_wellbeing</c>); which themes exist when is data.</param>
/// <param name="Score">The theme score 1–5.</param>
public readonly record struct SupervisionAssessmentRow(string ProviderId, DateOnly Date, string Theme, int Score);
