namespace Mestring.Registers;

/// <summary>One row of providers.csv. Key: <see cref="ProviderId"/>.</summary>
/// <param name="ProviderId">Pseudonymous or Tilbudsportalen id.</param>
/// <param name="Name">The tilbud's name.</param>
/// <param name="Cvr">The operator's CVR number; null = unknown.</param>
/// <param name="Ownership">public / private / selvejende.</param>
/// <param name="TilbudType">The kind of tilbud (free text token, e.g. <c>botilbud_midlertidigt</c>, <c>herberg</c>).</param>
/// <param name="Capacity">Places (≥ 0); null = unknown or not place-based.</param>
/// <param name="SpecialisationLevel">Specialisation level 1–3; null = not classified.</param>
/// <param name="OwnerId">Extra column <c>owner_id</c>: pseudonymous id of the owner (person or company).</param>
/// <param name="LeaderId">Extra column <c>leader_id</c>: pseudonymous id of the leader.</param>
/// <param name="Supervision">Extra columns <c>tilsyn_*</c>: socialtilsyn scores 1–5 on the 7 themes.</param>
/// <param name="Quarantined">Extra column <c>quarantined</c>: true when an owner, board member or leader is in quarantine.</param>
public readonly record struct ProviderRow(
    string ProviderId, string Name, string? Cvr, Ownership Ownership, string TilbudType, int? Capacity, int? SpecialisationLevel,
    string? OwnerId = null, string? LeaderId = null, SupervisionScores Supervision = default, bool? Quarantined = null);

/// <summary>Socialtilsyn scores (1–5) on the seven themes of the quality model; null = not scored.</summary>
public readonly record struct SupervisionScores(
    int? EducationAndEmployment, int? IndependenceAndRelations, int? TargetGroupMethodsAndResults, int? HealthAndWellbeing,
    int? OrganisationAndManagement, int? Competences, int? PhysicalSetting)
{
    /// <summary>The score of one theme.</summary>
    public int? this[SupervisionTheme theme] => theme switch
    {
        SupervisionTheme.EducationAndEmployment => EducationAndEmployment,
        SupervisionTheme.IndependenceAndRelations => IndependenceAndRelations,
        SupervisionTheme.TargetGroupMethodsAndResults => TargetGroupMethodsAndResults,
        SupervisionTheme.HealthAndWellbeing => HealthAndWellbeing,
        SupervisionTheme.OrganisationAndManagement => OrganisationAndManagement,
        SupervisionTheme.Competences => Competences,
        SupervisionTheme.PhysicalSetting => PhysicalSetting,
    };

    /// <summary>Builds scores from an array in <see cref="SupervisionTheme"/> order.</summary>
    public static SupervisionScores From(IReadOnlyList<int?> scores) =>
        new(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6]);
}
