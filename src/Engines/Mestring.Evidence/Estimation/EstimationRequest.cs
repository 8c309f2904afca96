namespace Mestring.Evidence.Estimation;

/// <summary>Estimation method, named as on the CLI (<c>--method</c>).</summary>
public enum EstimationMethod
{
    /// <summary>Difference in means with Welch standard error.</summary>
    Difference,

    /// <summary>OLS regression adjustment with HC1 robust standard error.</summary>
    Regression,

    /// <summary>Propensity-score nearest-neighbour matching on the logit.</summary>
    Psm,

    /// <summary>Inverse probability weighting, stabilised, with trimming.</summary>
    Ipw,

    /// <summary>Augmented IPW (doubly robust).</summary>
    Aipw,

    /// <summary>Difference in differences on (outcome − pre-period outcome).</summary>
    Did,

    /// <summary>
    /// Double/debiased machine learning (Chernozhukov et al. 2018): cross-fitted AIPW with flexible working models
    /// (gradient-boosted trees for the propensity and the outcome), influence-function SE.
    /// </summary>
    Dml,
}

/// <summary>Target population of the effect.</summary>
public enum Estimand
{
    /// <summary>Average effect on the treated.</summary>
    Att,

    /// <summary>Average effect in the whole population.</summary>
    Ate,
}

/// <summary>Which sign of the effect is good (e.g. higher function level = Increase).</summary>
public enum EffectDirection
{
    /// <summary>Larger outcomes are better.</summary>
    Increase,

    /// <summary>Smaller outcomes are better (e.g. number of hospital admissions).</summary>
    Decrease,
}

/// <summary>Order in which focal units pick matches when matching without replacement (MatchIt's <c>m.order</c>).</summary>
public enum MatchOrder
{
    /// <summary>Highest propensity first — MatchIt's default for a propensity-score distance.</summary>
    Largest,

    /// <summary>Lowest propensity first.</summary>
    Smallest,

    /// <summary>Row order of the data.</summary>
    Data,
}

/// <summary>How <see cref="EstimationMethod.Regression"/> (and <see cref="EstimationMethod.Did"/> with covariates) models the outcome.</summary>
public enum RegressionSpecification
{
    /// <summary>
    /// Separate-arm regressions (treatment × centred covariates): the treatment coefficient is the ATT when covariates
    /// are centred at the treated mean and the ATE when centred at the overall mean. Default: allows heterogeneous effects.
    /// </summary>
    Interacted,

    /// <summary>One common slope: outcome ~ treatment + covariates (the textbook "regression on treatment + covariates").</summary>
    Additive,
}

/// <summary>What to estimate and how. Column names refer to <see cref="Data.Dataset"/> numeric columns.</summary>
/// <param name="Treatment">0/1 treatment column.</param>
/// <param name="Outcome">Outcome column (post period for did).</param>
/// <param name="Covariates">Covariate columns, used as given (compute derived terms such as age² before calling).</param>
public sealed record EstimationRequest(string Treatment, string Outcome, IReadOnlyList<string> Covariates)
{
    /// <summary>Method; difference in means by default.</summary>
    public EstimationMethod Method { get; init; } = EstimationMethod.Difference;

    /// <summary>ATT (default) or ATE.</summary>
    public Estimand Estimand { get; init; } = Estimand.Att;

    /// <summary>Pre-period outcome column; required for <see cref="EstimationMethod.Did"/>.</summary>
    public string? PreOutcome { get; init; }

    /// <summary>
    /// Caliper in standard deviations of the logit of the propensity score (MatchIt std.caliper=TRUE); null or 0 = none.
    /// Default 0.2 (Austin 2011, Pharm Stat 10:150: 0.2 SD of the logit minimises the MSE across settings).
    /// </summary>
    public double? Caliper { get; init; } = DefaultCaliper;

    /// <summary>The default caliper, 0.2 SD of the propensity logit (Austin 2011).</summary>
    public const double DefaultCaliper = 0.2;

    /// <summary>Number of controls per treated unit (1:k).</summary>
    public int Ratio { get; init; } = 1;

    /// <summary>
    /// Matching with replacement (default): every treated unit gets its nearest control, so no treated unit is paired with
    /// a poor leftover; the SE is Abadie–Imbens. ATE matching always uses replacement.
    /// </summary>
    public bool Replace { get; init; } = true;

    /// <summary>
    /// psm: add the Abadie–Imbens (2016) correction for the estimated propensity score to the analytical SE
    /// (seMethod "abadie-imbens-2016"). It is derived for matching with replacement (ATE matching always is) with every
    /// unit matched; elsewhere, or when false, the SE is Abadie–Imbens (2006), PS treated as known ("abadie-imbens").
    /// </summary>
    public bool PsAdjustedSe { get; init; } = true;

    /// <summary>
    /// psm: bias-adjusted matching (Abadie &amp; Imbens 2011, JBES 29:1; Matching's BiasAdjust): each match's outcome is
    /// moved by the per-arm OLS difference μ̂(Xᵢ) − μ̂(Xⱼ), removing the covariate differences the PS distance leaves
    /// within pairs. Default on; the SE is then Abadie–Imbens (2006) on the adjusted contrasts.
    /// </summary>
    public bool BiasAdjust { get; init; } = true;

    /// <summary>Greedy matching order without replacement.</summary>
    public MatchOrder MatchOrder { get; init; } = MatchOrder.Largest;

    /// <summary>Units with propensity below this are dropped by ipw/aipw.</summary>
    public double TrimLow { get; init; } = 0.01;

    /// <summary>Units with propensity above this are dropped by ipw/aipw.</summary>
    public double TrimHigh { get; init; } = 0.99;

    /// <summary>
    /// Difference/did without covariates: use the classical pooled-variance SE (equal-variance t-test / plain OLS)
    /// instead of Welch. The published NSW SE of 633 is this one; Welch gives 671.
    /// </summary>
    public bool PooledVariance { get; init; }

    /// <summary>Regression specification for regression and did-with-covariates.</summary>
    public RegressionSpecification Regression { get; init; } = RegressionSpecification.Interacted;

    /// <summary>Bootstrap replicates; 0 = analytical standard error.</summary>
    public int BootstrapReplicates { get; init; }

    /// <summary>Bootstrap seed; also the seed of dml's fold split and learners.</summary>
    public long Seed { get; init; } = 20240101;

    /// <summary>dml: number of cross-fitting folds (≥ 2).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>
    /// dml: independent fold splits (seeds Seed, Seed + 1, …), combined by the median estimate with the SE
    /// √median(SE²ₛ + (θₛ − θ̃)²) (Chernozhukov et al. 2018, §3.4). Null = by size: 5 below 20,000 rows, 3 below 100,000,
    /// 1 from there (the split's own variability shrinks faster than the SE, and one split keeps 200,000 rows fast).
    /// </summary>
    public int? Repeats { get; init; }

    /// <summary>dml: propensity scores are clipped to [ClipLow, 1 − ClipLow] in the scores (not trimmed: no row is dropped).</summary>
    public double ClipLow { get; init; } = 0.01;

    /// <summary>dml: progress callback (fraction done, 0–1) for long runs; called from the folds' threads, one call at a time.</summary>
    public Action<double>? Progress { get; init; }

    /// <summary>Threads for the bootstrap; null = all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Which sign is an improvement (drives the verdict).</summary>
    public EffectDirection DesiredDirection { get; init; } = EffectDirection.Increase;

    /// <summary>Minimum used treated and used controls before a verdict other than "for få data" is given.</summary>
    public int MinimumGroupSize { get; init; } = 30;

    /// <summary>
    /// Optional cluster id per row (e.g. the person, when one person has several rows) for the regression method: the SE
    /// is then cluster-robust (CR2 with t(G − 1) by default, see SmallSampleClusterCorrection; or CR1) instead of HC1, since rows of the same cluster are not independent. Ignored by the
    /// other methods and inside bootstrap replicates (which only use the point estimate).
    /// </summary>
    public IReadOnlyList<int>? Clusters { get; init; }

    /// <summary>
    /// With <see cref="Clusters"/>: the small-sample cluster-robust SE CR2 (Bell–McCaffrey) with a t(G − 1) interval
    /// (default), instead of CR1 with a normal interval. CR2 corrects for the leverage of rows in small arms and small
    /// providers, which CR1 ignores.
    /// </summary>
    public bool SmallSampleClusterCorrection { get; init; } = true;
}
