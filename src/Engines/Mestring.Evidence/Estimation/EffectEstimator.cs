using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation.Methods;
using Mestring.Evidence.Numerics;

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

        double se = m.Se, low = m.Estimate - Normal.Z975 * m.Se, high = m.Estimate + Normal.Z975 * m.Se;
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
            Balance = Diagnostics.Balance(problem, m.Weights, request.Estimand),
            Overlap = overlap,
            Verdict = VerdictRules.Decide(low, high, m.TreatedUsed, m.ControlUsed, request.DesiredDirection, request.MinimumGroupSize),
            SeMethod = seMethod,
            Bootstrap = bootstrap,
            Warnings = warnings,
        };
    }

    private static IEffectMethod MethodFor(EstimationMethod method) => method switch
    {
        EstimationMethod.Difference => new DifferenceInMeans(),
        EstimationMethod.Regression => new RegressionAdjustment(),
        EstimationMethod.Psm => new PropensityScoreMatching(),
        EstimationMethod.Ipw => new InverseProbabilityWeighting(),
        EstimationMethod.Aipw => new AugmentedIpw(),
        EstimationMethod.Did => new DifferenceInDifferences(),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };
}
