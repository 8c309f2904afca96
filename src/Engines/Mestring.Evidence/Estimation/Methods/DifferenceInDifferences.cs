using Mestring.Evidence.Errors;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// Difference in differences for a before/after outcome: the change (post − pre) compared between arms, i.e. the
/// difference-in-means (no covariates, Welch SE) or regression adjustment (covariates, HC1 SE) applied to the change.
/// Identifies the effect under parallel trends (conditional on covariates when given).
/// </summary>
internal sealed class DifferenceInDifferences : IEffectMethod
{
    public EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request)
    {
        var pre = problem.Pre ?? throw new InvalidOperationException("did requires the pre-period outcome; validated before.");
        var change = new double[problem.N];
        for (int i = 0; i < change.Length; i++)
        {
            change[i] = problem.Y[i] - pre[i];
        }

        var changed = problem.WithOutcome(change);
        return problem.X.Length == 0
            ? new DifferenceInMeans().Estimate(changed, request)
            : new RegressionAdjustment().Estimate(changed, request);
    }
}
