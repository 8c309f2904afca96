using Mestring.Evidence.Estimation;

namespace Mestring.Application.Evidence;

/// <summary>One named method's effect on one outcome relative to care as usual (pseudonymous aggregate).</summary>
/// <param name="Method">The named method.</param>
/// <param name="InterventionType">The intervention type most of its participants had.</param>
/// <param name="TargetGroup">The FFB målgruppe, or null for all.</param>
/// <param name="Outcome">Outcome id (<see cref="EvidenceOutcomes"/>).</param>
/// <param name="CatalogueOutcome">The investment catalogue outcome it maps to, or null.</param>
/// <param name="Unit">Plain-text unit.</param>
/// <param name="Estimate">Absolute change per participant (per year for event and benefit outcomes).</param>
/// <param name="N">Interventions compared (method + CAU at the same providers).</param>
/// <param name="NTreated">Of which with the method.</param>
/// <param name="Providers">Providers offering the method.</param>
/// <param name="VerdictCode">works | noDetectableEffect | tooFewData | harmful | uncertain_balance.</param>
/// <param name="SpendPerParticipant">Mean first-year spend (units × takst) per participant with the method, DKK.</param>
/// <param name="CostPerUnit">For progression: first-year spend per participant ÷ the method's effect (DKK per function level gained beyond CAU); null when the effect is not positive.</param>
public sealed record MethodEffectRow(
    string Method, string? InterventionType, string? TargetGroup, string Outcome, string? CatalogueOutcome, string Unit,
    double Estimate, double Se, double CiLow, double CiHigh, int N, int NTreated, int Providers,
    string Verdict, string VerdictCode, double PValue, double QValue, double SpendPerParticipant, double? CostPerUnit)
{
    /// <summary>The same comparison within each FFB målgruppe (target group) that has both arms; empty when there is only one.</summary>
    public IReadOnlyList<TargetGroupEffect> ByTargetGroup { get; init; } = [];

    /// <summary>E-value of the estimate (VanderWeele &amp; Ding 2017); null when there is no estimate.</summary>
    public double? EValue { get; init; }

    /// <summary>E-value of the interval limit nearer to no effect (1 when the interval contains 0).</summary>
    public double? EValueCi { get; init; }

    /// <summary>Covariates on which method and comparison group still differ after weighting; empty when balance holds.</summary>
    public IReadOnlyList<BalanceWarning> BalanceWarnings { get; init; } = [];
}

/// <summary>A method's effect on one outcome within one target group (the same model as the overall row, on that group only).</summary>
public sealed record TargetGroupEffect(
    string TargetGroup, double Estimate, double Se, double CiLow, double CiHigh, int N, int NTreated, string Verdict, string VerdictCode)
{
    /// <summary>E-value of the estimate.</summary>
    public double? EValue { get; init; }

    /// <summary>E-value of the interval limit nearer to no effect.</summary>
    public double? EValueCi { get; init; }

    /// <summary>Covariates failing the balance gate in this group.</summary>
    public IReadOnlyList<BalanceWarning> BalanceWarnings { get; init; } = [];
}

/// <summary>
/// A matched comparison of an intervention type's participants with similar citizens who had another intervention on the
/// same condition: doubly robust (AIPW) effect on the treated, adjusted for baseline level, age ≥ 50, sex and target group.
/// </summary>
public sealed record TypeComparison(double Estimate, double CiLow, double CiHigh, int NTreated, int NComparison, int ComparisonTypes);

/// <summary>A stop-list candidate: enough data, no effect distinguishable from zero, ranked by spend.</summary>
/// <param name="Kind">method | interventionType.</param>
/// <param name="Name">The method or intervention type.</param>
/// <param name="Outcome">The outcome judged (progression).</param>
/// <param name="Spend">Total spend over the data, DKK.</param>
/// <param name="Reason">Plain-Danish explanation.</param>
public sealed record StopListRow(
    string Kind, string Name, string Outcome, double Estimate, double CiLow, double CiHigh, int N, double Spend, string Reason)
{
    /// <summary>The reason in English.</summary>
    public string ReasonEnglish { get; init; } = "";

    /// <summary>For an intervention type: the matched comparison with other interventions on the same condition, when there is one.</summary>
    public TypeComparison? Comparison { get; init; }
}
