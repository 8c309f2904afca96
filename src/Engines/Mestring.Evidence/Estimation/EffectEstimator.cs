using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation.Methods;
using Mestring.Evidence.Numerics;
using Mestring.Evidence.Sensitivity;

namespace Mestring.Evidence.Estimation;

/// <summary>
/// Entry point of the effect engine: validates the request against the data, runs the method, adds a 95 % interval
/// (normal, or bootstrap percentile), balance and overlap diagnostics and a plain-language verdict. Pure: no I/O, no clock.
/// </summary>
public static class EffectEstimator
{
    /// <summary>Estimates the effect of the treatment column on the outcome column.</summary>
    /// <returns>The result, or a typed error (missing column, non-binary treatment, constant covariate, no overlap, …).</returns>
    public static EvidenceResult<EstimationResult> Estimate(Dataset data, EstimationRequest request)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var built = ProblemBuilder.Build(data, request);
        if (!built.IsSuccess)
        {
            return built.Error;
        }

        var problem = built.Value;
        if (problem.X.Length > 0 && Diagnostics.NoCommonSupport(problem))
        {
            return EvidenceResult<EstimationResult>.Failure(
                EvidenceErrorCode.NoOverlap,
                "No overlap: the propensity scores of treated and controls do not share any common range (the covariates separate the groups completely), so no like-for-like comparison exists.");
        }

        var method = MethodFor(request.Method);
        var estimated = method.Estimate(problem, request);
        if (!estimated.IsSuccess)
        {
            return estimated.Error;
        }

        var m = estimated.Value;
        var warnings = new List<string>(m.Warnings);
        var overlap = Diagnostics.Overlap(problem);
        if (overlap is { PropensityConverged: false })
        {
            warnings.Add("The propensity-score model did not converge within 25 iterations (near-separation); treat the overlap diagnostics and PS-based estimates with caution.");
        }

        double se = m.Se, low = m.Estimate - m.CriticalValue * m.Se, high = m.Estimate + m.CriticalValue * m.Se;
        string seMethod = m.SeMethod;
        BootstrapSummary? bootstrap = null;
        if (request.BootstrapReplicates > 0)
        {
            var (bse, blow, bhigh, failed) = Bootstrap.Run(problem, method, request);
            (se, low, high, seMethod) = (bse, blow, bhigh, "bootstrap");
            bootstrap = new BootstrapSummary(request.BootstrapReplicates, failed, request.Seed);
            if (request.Method == EstimationMethod.Psm && (request.Replace || request.Estimand == Estimand.Ate))
            {
                warnings.Add("The bootstrap is not valid for matching with replacement (Abadie & Imbens 2008); prefer the analytical SE.");
            }
        }

        var balance = Diagnostics.Balance(problem, m.Weights ?? BalanceWeights(problem, request), request.Estimand);
        var balanceWarnings = request.Method == EstimationMethod.Difference ? [] : BalanceGate.Check(balance);
        if (balanceWarnings.Count > 0)
        {
            warnings.Add(BalanceGate.Describe(balanceWarnings));
        }

        var verdict = VerdictRules.Decide(low, high, m.TreatedUsed, m.ControlUsed, request.DesiredDirection, request.MinimumGroupSize);
        var (eValue, eValueCi, scale) = EValues(problem, request, m.Estimate, low, high);
        return new EstimationResult
        {
            Method = request.Method.WireName(),
            Estimand = request.Estimand.WireName(),
            Estimate = m.Estimate,
            Se = se,
            CiLow = low,
            CiHigh = high,
            NTreated = problem.N1,
            NControl = problem.N0,
            NUsed = m.TreatedUsed + m.ControlUsed,
            NTreatedUsed = m.TreatedUsed,
            NControlUsed = m.ControlUsed,
            Balance = balance,
            BalanceWarnings = balanceWarnings,
            Overlap = overlap,
            Verdict = VerdictRules.Gate(verdict, balanceWarnings.Count),
            EValue = eValue,
            EValueCi = eValueCi,
            EValueScale = scale,
            RosenbaumGamma = m.PairDifferences is { Length: > 0 } d ? RosenbaumBounds.Gamma(Oriented(d, m.Estimate)) : null,
            Settings = m.Settings ?? SettingsFor(request),
            SeMethod = seMethod,
            Bootstrap = bootstrap,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Balance "after" for methods that do not reweight (regression, did with covariates): the propensity weights of
    /// the same covariates (ATT: controls e/(1 − e); ATE: 1/e and 1/(1 − e)). A regression that has to extrapolate
    /// across groups this unlike is exactly what the balance gate should catch; OLS's own implied weights balance the
    /// means by construction and would hide it.
    /// </summary>
    private static double[]? BalanceWeights(Problem problem, EstimationRequest request)
    {
        if (problem.X.Length == 0 || request.Method is EstimationMethod.Difference)
        {
            return null;
        }

        var fit = problem.Propensity;
        var w = new double[problem.N];
        for (int i = 0; i < problem.N; i++)
        {
            double e = Math.Clamp(fit.Probability(i), 1e-6, 1 - 1e-6);
            w[i] = request.Estimand == Estimand.Att
                ? (problem.IsTreated(i) ? 1 : e / (1 - e))
                : (problem.IsTreated(i) ? 1 / e : 1 / (1 - e));
        }

        return w;
    }

    /// <summary>E-values: risk ratio for a 0/1 outcome, else the standardised difference with the pooled within-arm SD.</summary>
    private static (double? EValue, double? EValueCi, string Scale) EValues(Problem problem, EstimationRequest request, double estimate, double low, double high)
    {
        double s1 = 0, s0 = 0, q1 = 0, q0 = 0;
        bool binary = true;
        for (int i = 0; i < problem.N; i++)
        {
            double y = problem.Y[i];
            binary &= y == 0 || y == 1;
            if (problem.IsTreated(i))
            {
                s1 += y;
                q1 += y * y;
            }
            else
            {
                s0 += y;
                q0 += y * y;
            }
        }

        double n1 = problem.N1, n0 = problem.N0, m1 = s1 / n1, m0 = s0 / n0;
        double pooled = Math.Sqrt(((q1 - n1 * m1 * m1) + (q0 - n0 * m0 * m0)) / Math.Max(1, n1 + n0 - 2));
        bool att = request.Estimand == Estimand.Att;
        return EValue.ForEffect(estimate, low, high, pooled, binary, att ? m1 : m0, att);
    }

    /// <summary>Pair differences signed so that the estimate's own direction is positive (Γ for "the effect has this sign").</summary>
    private static double[] Oriented(double[] d, double estimate) => estimate >= 0 ? d : Array.ConvertAll(d, x => -x);

    private static MethodSettings? SettingsFor(EstimationRequest request) => request.Method switch
    {
        EstimationMethod.Ipw or EstimationMethod.Aipw => new MethodSettings { TrimLow = request.TrimLow, TrimHigh = request.TrimHigh },
        _ => null,
    };

    private static IEffectMethod MethodFor(EstimationMethod method) => method switch
    {
        EstimationMethod.Difference => new DifferenceInMeans(),
        EstimationMethod.Regression => new RegressionAdjustment(),
        EstimationMethod.Psm => new PropensityScoreMatching(),
        EstimationMethod.Ipw => new InverseProbabilityWeighting(),
        EstimationMethod.Aipw => new AugmentedIpw(),
        EstimationMethod.Did => new DifferenceInDifferences(),
        EstimationMethod.Dml => new DoubleMachineLearning(),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };
}
