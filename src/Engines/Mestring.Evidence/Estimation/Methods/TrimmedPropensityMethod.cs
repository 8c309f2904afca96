using Mestring.Evidence.Errors;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// The weighting methods (IPW, AIPW) start alike: propensity scores trimmed to the request's bounds, failing when
/// that fails; each then estimates on the rows kept.
/// </summary>
internal abstract class TrimmedPropensityMethod : IEffectMethod
{
    public EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request)
    {
        var trimmed = PropensityWeights.Trimmed(problem, request);
        if (!trimmed.IsSuccess)
        {
            return trimmed.Error;
        }

        var (e, keep, dropped) = trimmed.Value;
        return Estimate(problem, request, e, keep, dropped);
    }

    /// <summary>The estimate from the trimmed scores <paramref name="e"/>; <paramref name="keep"/> marks the rows kept.</summary>
    protected abstract EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request, double[] e, bool[] keep, int dropped);
}
