using Mestring.Evidence.Errors;
using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// Propensity-score matching: logistic PS by IRLS, greedy nearest neighbour on the logit, 1:k, caliper in SDs of the
/// logit over all rows (MatchIt's std.caliper). ATT matches treated to controls; ATE also matches controls to treated
/// and always uses replacement (greedy matching without replacement cannot serve both directions from one pool).
/// </summary>
internal sealed class PropensityScoreMatching : IEffectMethod
{
    public EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request)
    {
        var logit = problem.Propensity.LinearPredictor;
        double caliper = request.Caliper is double c ? c * WeightedStats.StandardDeviation(logit) : double.PositiveInfinity;
        var treated = problem.Rows(true);
        var controls = problem.Rows(false);
        var warnings = new List<string>();
        if (request.Estimand == Estimand.Att)
        {
            var table = NearestNeighbourMatcher.Match(logit, treated, controls, request.Ratio, request.Replace, caliper, request.MatchOrder);
            return Summarise(problem, logit, [table], request.Estimand, warnings);
        }

        if (!request.Replace)
        {
            warnings.Add("ATE by matching uses matching with replacement in both directions.");
        }

        var forward = NearestNeighbourMatcher.Match(logit, treated, controls, request.Ratio, true, caliper, request.MatchOrder);
        var backward = NearestNeighbourMatcher.Match(logit, controls, treated, request.Ratio, true, caliper, request.MatchOrder);
        return Summarise(problem, logit, [forward, backward], request.Estimand, warnings);
    }

    /// <summary>
    /// Matching estimator and the Abadie–Imbens (2006) variance:
    /// V = 1/N² Σᵢ [(Ŷᵢ(1) − Ŷᵢ(0) − τ)² + (Kᵢ² − K′ᵢ) σ̂²ᵢ], where Kᵢ = Σ 1/(#matches of the focal unit) over the
    /// focal units that used i, K′ᵢ the sum of squares of those shares, and σ̂²ᵢ = ½(Yᵢ − Y_l)² with l the
    /// nearest same-arm unit on the logit. For 1:1 (or 1:k) without replacement Kᵢ² = K′ᵢ, so V reduces to the
    /// variance of the matched-set differences: the pair-clustered SE MatchIt's documentation recommends.
    /// </summary>
    private static EvidenceResult<MethodEstimate> Summarise(Problem problem, double[] logit, MatchTable[] tables, Estimand estimand, List<string> warnings)
    {
        int n = problem.N;
        var imputed = new double[n]; // Ŷ of the missing potential outcome for focal units that were matched.
        var isFocalMatched = new bool[n];
        var k = new double[n];
        var k2 = new double[n];
        foreach (var table in tables)
        {
            for (int f = 0; f < table.Focal.Length; f++)
            {
                int count = table.CountFor(f);
                if (count == 0)
                {
                    continue;
                }

                double share = 1.0 / count, sum = 0;
                for (int r = 0; r < table.K; r++)
                {
                    int j = table.Slots[f * table.K + r];
                    if (j >= 0)
                    {
                        sum += problem.Y[j];
                        k[j] += share;
                        k2[j] += share * share;
                    }
                }

                int unit = table.Focal[f];
                imputed[unit] = sum * share;
                isFocalMatched[unit] = true;
            }
        }

        double total = 0;
        int used = 0;
        for (int i = 0; i < n; i++)
        {
            if (isFocalMatched[i])
            {
                total += Contrast(problem, imputed, i);
                used++;
            }
        }

        if (used == 0)
        {
            return EvidenceResult<MethodEstimate>.Failure(
                EvidenceErrorCode.NoOverlap,
                "No overlap: no treated unit has a control within the caliper on the propensity-score logit. Widen the caliper or revisit the comparison group.");
        }

        double tau = total / used;
        double first = 0;
        bool needSigma = false;
        for (int i = 0; i < n; i++)
        {
            if (isFocalMatched[i])
            {
                double d = Contrast(problem, imputed, i) - tau;
                first += d * d;
            }

            needSigma |= k[i] * k[i] - k2[i] > 1e-12;
        }

        double second = 0;
        if (needSigma)
        {
            var sigma2 = ConditionalVariances(problem, logit);
            for (int i = 0; i < n; i++)
            {
                second += (k[i] * k[i] - k2[i]) * sigma2[i];
            }
        }

        double se = Math.Sqrt(first + second) / used;
        var weights = new double[n];
        int treatedUsed = 0, controlUsed = 0;
        for (int i = 0; i < n; i++)
        {
            weights[i] = (isFocalMatched[i] ? 1 : 0) + k[i];
            if (weights[i] > 0)
            {
                _ = problem.IsTreated(i) ? treatedUsed++ : controlUsed++;
            }
        }

        int focalTotal = tables.Sum(t => t.Focal.Length);
        if (used < focalTotal)
        {
            warnings.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{focalTotal - used} of {focalTotal} {(estimand == Estimand.Att ? "treated units" : "units (both arms)")} found no match within the caliper and were dropped; the estimate refers to the matched units."));
        }

        return new MethodEstimate(tau, se, "abadie-imbens", treatedUsed, controlUsed, weights, warnings);
    }

    private static double Contrast(Problem problem, double[] imputed, int i) =>
        problem.IsTreated(i) ? problem.Y[i] - imputed[i] : imputed[i] - problem.Y[i];

    /// <summary>σ̂²(Xᵢ) = ½(Yᵢ − Y_l)², l the nearest unit of the same arm on the logit (Abadie–Imbens with J = 1).</summary>
    private static double[] ConditionalVariances(Problem problem, double[] logit)
    {
        var sigma2 = new double[problem.N];
        foreach (bool arm in new[] { true, false })
        {
            var rows = problem.Rows(arm);
            var keys = new double[rows.Length];
            for (int i = 0; i < rows.Length; i++)
            {
                keys[i] = logit[rows[i]];
            }

            Array.Sort(keys, rows);
            for (int i = 0; i < rows.Length; i++)
            {
                double dl = i > 0 ? keys[i] - keys[i - 1] : double.PositiveInfinity;
                double dr = i + 1 < rows.Length ? keys[i + 1] - keys[i] : double.PositiveInfinity;
                if (double.IsPositiveInfinity(dl) && double.IsPositiveInfinity(dr))
                {
                    continue;
                }

                int l = dl <= dr ? rows[i - 1] : rows[i + 1];
                double diff = problem.Y[rows[i]] - problem.Y[l];
                sigma2[rows[i]] = 0.5 * diff * diff;
            }
        }

        return sigma2;
    }
}
