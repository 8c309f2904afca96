using Mestring.Evidence.Errors;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>Propensity scores with trimming shared by ipw and aipw.</summary>
internal static class PropensityWeights
{
    /// <summary>
    /// Fitted probabilities and the rows kept by trimming: rows with e ∉ [low, high] are dropped (Crump-style
    /// trimming, which changes the target population to the region of overlap and is reported in the warnings).
    /// </summary>
    public static EvidenceResult<(double[] E, bool[] Keep, int Dropped)> Trimmed(Problem problem, EstimationRequest request)
    {
        var fit = problem.Propensity;
        var e = new double[problem.N];
        var keep = new bool[problem.N];
        int dropped = 0, kept1 = 0, kept0 = 0;
        for (int i = 0; i < problem.N; i++)
        {
            e[i] = fit.Probability(i);
            keep[i] = e[i] >= request.TrimLow && e[i] <= request.TrimHigh;
            if (!keep[i])
            {
                dropped++;
            }
            else if (problem.IsTreated(i))
            {
                kept1++;
            }
            else
            {
                kept0++;
            }
        }

        if (kept1 == 0 || kept0 == 0)
        {
            return EvidenceResult<(double[], bool[], int)>.Failure(
                EvidenceErrorCode.NoOverlap,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"No overlap: after trimming propensity scores to [{request.TrimLow}, {request.TrimHigh}] no {(kept1 == 0 ? "treated" : "control")} units remain."));
        }

        return (e, keep, dropped);
    }

    public static IReadOnlyList<string> Notes(int dropped, int n, EstimationRequest request) => dropped == 0
        ? []
        : [string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{dropped} of {n} rows had a propensity score outside [{request.TrimLow}, {request.TrimHigh}] and were trimmed.")];
}
