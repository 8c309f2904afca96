namespace Mestring.Evidence.Estimation;

/// <summary>Plain-language verdict of an estimate.</summary>
public enum Verdict
{
    /// <summary>"virker": the 95 % interval lies entirely on the good side of zero.</summary>
    Works,

    /// <summary>"ingen påviselig effekt": the interval contains zero.</summary>
    NoDetectableEffect,

    /// <summary>"for få data": too few used treated or controls to judge.</summary>
    TooFewData,

    /// <summary>"virker modsat": the interval lies entirely on the harmful side.</summary>
    Harmful,

    /// <summary>
    /// "usikker: grupperne ligner ikke hinanden nok": after matching or weighting the groups still differ on a covariate
    /// (|SMD| &gt; 0.1 or a variance ratio outside 0.5–2, <see cref="BalanceGate"/>), so no verdict on the effect is given.
    /// </summary>
    UncertainBalance,
}

/// <summary>A covariate on which the groups are still unlike after matching or weighting.</summary>
/// <param name="Covariate">Column name.</param>
/// <param name="Smd">Standardised mean difference after adjustment.</param>
/// <param name="VarianceRatio">Variance ratio (treated/control) after adjustment; null for a 0/1 covariate, whose variance follows from its mean.</param>
public sealed record BalanceWarning(string Covariate, double Smd, double? VarianceRatio);

/// <summary>The settings a method actually used, stated in the output (null where they do not apply).</summary>
public sealed record MethodSettings
{
    /// <summary>psm: controls per treated unit.</summary>
    public int? Ratio { get; init; }

    /// <summary>psm: matching with replacement.</summary>
    public bool? Replace { get; init; }

    /// <summary>psm: caliper in SDs of the propensity logit; null = none.</summary>
    public double? Caliper { get; init; }

    /// <summary>psm: bias-adjusted matching (Abadie &amp; Imbens 2011).</summary>
    public bool? BiasAdjust { get; init; }

    /// <summary>psm: greedy order without replacement.</summary>
    public string? MatchOrder { get; init; }

    /// <summary>ipw/aipw: propensity trimming bounds; dml: clipping bounds.</summary>
    public double? TrimLow { get; init; }

    /// <summary>Upper trimming/clipping bound.</summary>
    public double? TrimHigh { get; init; }

    /// <summary>dml: cross-fitting folds.</summary>
    public int? Folds { get; init; }

    /// <summary>dml: seed of the fold split and the learners.</summary>
    public long? Seed { get; init; }

    /// <summary>dml: independent fold splits whose estimates are combined by the median.</summary>
    public int? Repeats { get; init; }

    /// <summary>dml: the working models.</summary>
    public string? Learner { get; init; }
}

/// <summary>Standardised mean difference and variance ratio of one covariate, before and after adjustment.</summary>
/// <param name="Covariate">Column name.</param>
/// <param name="SmdBefore">(mean₁ − mean₀)/SD in the raw sample; SD of the treated for ATT, pooled for ATE.</param>
/// <param name="SmdAfter">Same with the method's weights (matching/IPW); null for methods that do not reweight.</param>
/// <param name="VarianceRatioBefore">var₁/var₀ raw.</param>
/// <param name="VarianceRatioAfter">var₁/var₀ weighted; null for methods that do not reweight.</param>
public sealed record CovariateBalance(string Covariate, double SmdBefore, double? SmdAfter, double VarianceRatioBefore, double? VarianceRatioAfter)
{
    /// <summary>The covariate takes only the values 0 and 1 (its variance ratio carries no information beyond the SMD).</summary>
    public bool IsBinary { get; init; }
}

/// <summary>Propensity-score overlap between the arms.</summary>
/// <param name="TreatedMin">Lowest propensity among treated.</param>
/// <param name="TreatedMax">Highest propensity among treated.</param>
/// <param name="ControlMin">Lowest propensity among controls.</param>
/// <param name="ControlMax">Highest propensity among controls.</param>
/// <param name="ShareTreatedOutside">Share of treated outside the common support [max(min), min(max)].</param>
/// <param name="ShareControlOutside">Share of controls outside the common support.</param>
/// <param name="ShareOutside">Share of all rows outside the common support.</param>
/// <param name="PropensityConverged">Whether the logistic fit converged.</param>
public sealed record OverlapDiagnostics(
    double TreatedMin,
    double TreatedMax,
    double ControlMin,
    double ControlMax,
    double ShareTreatedOutside,
    double ShareControlOutside,
    double ShareOutside,
    bool PropensityConverged);

/// <summary>Bootstrap details when a bootstrap was requested.</summary>
/// <param name="Replicates">Requested replicates.</param>
/// <param name="Failed">Replicates where the method failed (e.g. no overlap in the resample) and were left out.</param>
/// <param name="Seed">Seed.</param>
public sealed record BootstrapSummary(int Replicates, int Failed, long Seed);

/// <summary>An effect estimate with its uncertainty, diagnostics and verdict.</summary>
public sealed record EstimationResult
{
    /// <summary>Method wire name: difference, regression, psm, ipw, aipw, did.</summary>
    public required string Method { get; init; }

    /// <summary>att or ate.</summary>
    public required string Estimand { get; init; }

    /// <summary>Point estimate in outcome units.</summary>
    public required double Estimate { get; init; }

    /// <summary>Standard error (analytical or bootstrap, see <see cref="SeMethod"/>).</summary>
    public required double Se { get; init; }

    /// <summary>Lower 95 % limit.</summary>
    public required double CiLow { get; init; }

    /// <summary>Upper 95 % limit.</summary>
    public required double CiHigh { get; init; }

    /// <summary>Treated rows in the input.</summary>
    public required int NTreated { get; init; }

    /// <summary>Control rows in the input.</summary>
    public required int NControl { get; init; }

    /// <summary>Rows that carry weight in the estimate (matched, inside trimming bounds, …).</summary>
    public required int NUsed { get; init; }

    /// <summary>Treated rows that carry weight.</summary>
    public required int NTreatedUsed { get; init; }

    /// <summary>Control rows that carry weight.</summary>
    public required int NControlUsed { get; init; }

    /// <summary>Balance per covariate.</summary>
    public required IReadOnlyList<CovariateBalance> Balance { get; init; }

    /// <summary>Overlap diagnostics; null without covariates.</summary>
    public required OverlapDiagnostics? Overlap { get; init; }

    /// <summary>Verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Verdict in plain Danish: "virker", "ingen påviselig effekt", "for få data", "virker modsat", "usikker: grupperne ligner ikke hinanden nok".</summary>
    public string VerdictText => VerdictRules.Danish(Verdict);

    /// <summary>Wire code of the verdict: works, noDetectableEffect, tooFewData, harmful, uncertain_balance.</summary>
    public string VerdictCode => VerdictRules.Code(Verdict);

    /// <summary>Covariates that fail the balance gate after adjustment; empty when balance holds (or nothing was adjusted).</summary>
    public IReadOnlyList<BalanceWarning> BalanceWarnings { get; init; } = [];

    /// <summary>E-value of the point estimate (VanderWeele &amp; Ding 2017); null when undefined.</summary>
    public double? EValue { get; init; }

    /// <summary>E-value of the interval limit nearer to no effect; 1 when the interval contains no effect.</summary>
    public double? EValueCi { get; init; }

    /// <summary>How the E-value was computed: "risk-ratio" (0/1 outcome) or "standardised-difference" (RR ≈ exp(0.91·d)).</summary>
    public string? EValueScale { get; init; }

    /// <summary>Matched designs: the largest Γ at which the matched-pairs signed-rank test is still significant (Rosenbaum bounds); null otherwise.</summary>
    public double? RosenbaumGamma { get; init; }

    /// <summary>The settings the method used.</summary>
    public MethodSettings? Settings { get; init; }

    /// <summary>How the SE was obtained, e.g. "welch", "hc1", "abadie-imbens", "bootstrap".</summary>
    public required string SeMethod { get; init; }

    /// <summary>Bootstrap details, null when analytical.</summary>
    public BootstrapSummary? Bootstrap { get; init; }

    /// <summary>Things the analyst should know (non-convergence, forced replacement, dropped units).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}
