namespace Mestring.Prevention.Screen;

/// <summary>Whether a factor applies to a child.</summary>
public enum FactorStatus
{
    /// <summary>The factor is present.</summary>
    Present = 0,
    /// <summary>The factor was evaluated and is absent.</summary>
    Absent = 1,
    /// <summary>The data needed is missing; the factor is not counted (missing data never raises a flag).</summary>
    NotEvaluated = 2,
}

/// <summary>One datum behind a factor, e.g. role "father", field "benefit", value "foertidspension", year 2024.</summary>
/// <param name="Role">child, mother, father, household_member, family or municipality.</param>
/// <param name="PersonId">The person the datum is about, when it is about a person.</param>
/// <param name="Field">The register field or derived quantity.</param>
/// <param name="Value">The value, formatted invariantly.</param>
/// <param name="Year">The register year, when the datum is yearly.</param>
public sealed record EvidenceItem(string Role, string? PersonId, string Field, string Value, int? Year);

/// <summary>A factor's status for one child with the data behind it and a Danish sentence for the caseworker.</summary>
public sealed record FactorEvidence(
    string Key, string DanishName, FactorStatus Status, string Summary, IReadOnlyList<EvidenceItem> Data);

/// <summary>Everything behind one child's screening result.</summary>
public sealed record ChildExplanation(
    string PersonId, int Age, int ReferenceYear, int Score, Tier Tier, IReadOnlyList<FactorEvidence> Factors);
