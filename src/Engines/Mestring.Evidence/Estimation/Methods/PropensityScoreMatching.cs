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
        double caliper = request.Caliper is double c && c > 0 ? c * WeightedStats.StandardDeviation(logit) : double.PositiveInfinity;
        var treated = problem.Rows(true);
        var controls = problem.Rows(false);
        var warnings = new List<string>();
        if (request.Estimand == Estimand.Att)
        {
            var table = NearestNeighbourMatcher.Match(logit, treated, controls, request.Ratio, request.Replace, caliper, request.MatchOrder);
            return Summarise(problem, logit, [table], [controls], request, warnings);
        }

        if (!request.Replace)
        {
            warnings.Add("ATE by matching uses matching with replacement in both directions.");
        }

        var forward = NearestNeighbourMatcher.Match(logit, treated, controls, request.Ratio, true, caliper, request.MatchOrder);
        var backward = NearestNeighbourMatcher.Match(logit, controls, treated, request.Ratio, true, caliper, request.MatchOrder);
        return Summarise(problem, logit, [forward, backward], [controls, treated], request, warnings);
    }

    /// <summary>
    /// Matching estimator and the Abadie–Imbens (2006) variance:
    /// V = 1/N² Σᵢ [(Ŷᵢ(1) − Ŷᵢ(0) − τ)² + (Kᵢ² − K′ᵢ + 2FᵢKᵢ) σ̂²ᵢ], where Kᵢ = Σ 1/(#matches of the focal unit) over
    /// the focal units that used i, K′ᵢ the sum of squares of those shares, Fᵢ = 1 when i is itself a matched focal
    /// unit (its weight in τ̂ is then 1 + Kᵢ: every unit in the ATE, no control in the ATT), and σ̂²ᵢ = ½(Yᵢ − Y_l)² with
    /// l the nearest same-arm unit on the logit. For the ATE with k matches this is AI (2006)'s (K/k)² + ((2k − 1)/k)(K/k)
    /// weight; for the ATT K² − K′. For 1:1 (or 1:k) ATT without replacement Kᵢ² = K′ᵢ, so V reduces to the
    /// variance of the matched-set differences: the pair-clustered SE MatchIt's documentation recommends.
    /// By default the Abadie–Imbens (2016) correction for the estimated PS is then added where it is derived
    /// (<see cref="SeFor"/>).
    /// </summary>
    private static EvidenceResult<MethodEstimate> Summarise(Problem problem, double[] logit, MatchTable[] tables, int[][] pools, EstimationRequest request, List<string> warnings)
    {
        bool replaced = request.Replace || request.Estimand == Estimand.Ate;
        var estimand = request.Estimand;
        int n = problem.N;
        var imputed = new double[n]; // Ŷ of the missing potential outcome for focal units that were matched.
        var isFocalMatched = new bool[n];
        var (mu0, mu1) = request.BiasAdjust ? ArmRegressions(problem) : (null, null);
        var k = new double[n];
        var k2 = new double[n];
        for (int t = 0; t < tables.Length; t++)
        {
            var table = tables[t];
            var ties = replaced ? MatchTies.Extra(logit, table, pools[t]) : null;
            for (int f = 0; f < table.Focal.Length; f++)
            {
                var extra = ties?[f] ?? [];
                int count = table.CountFor(f) + extra.Length;
                if (count == 0)
                {
                    continue;
                }

                double share = 1.0 / count, sum = 0;
                int unit = table.Focal[f];
                for (int r = 0; r < table.K + extra.Length; r++)
                {
                    int j = r < table.K ? table.Slots[f * table.K + r] : extra[r - table.K];
                    if (j >= 0)
                    {
                        // Bias adjustment (Abadie & Imbens 2011): the match's outcome moved by the arm regression's
                        // difference between the focal unit and the match, removing what the PS distance left.
                        var mu = problem.IsTreated(j) ? mu1 : mu0;
                        sum += problem.Y[j] + (mu is null ? 0 : mu[unit] - mu[j]);
                        k[j] += share;
                        k2[j] += share * share;
                    }
                }

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

            needSigma |= NoiseWeight(k, k2, isFocalMatched, i) > 1e-12;
        }

        double second = 0;
        if (needSigma)
        {
            var sigma2 = ConditionalVariances(problem, logit);
            for (int i = 0; i < n; i++)
            {
                second += NoiseWeight(k, k2, isFocalMatched, i) * sigma2[i];
            }
        }

        int focalTotal = tables.Sum(t => t.Focal.Length);
        var (se, seMethod) = SeFor(problem, request, tau, (first + second) / ((double)used * used), focalTotal - used, warnings);
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

        if (used < focalTotal)
        {
            warnings.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{focalTotal - used} of {focalTotal} {(estimand == Estimand.Att ? "treated units" : "units (both arms)")} found no match within the caliper and were dropped; the estimate refers to the matched units."));
        }

        if (estimand == Estimand.Att && !request.Replace && controlUsed > MaxControlShareWithoutReplacement * problem.N0)
        {
            warnings.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Matching without replacement used {controlUsed} of {problem.N0} controls ({100.0 * controlUsed / problem.N0:F0} %): late treated units get poor leftovers. Prefer matching with replacement (the default)."));
        }

        return new MethodEstimate(tau, se, seMethod, treatedUsed, controlUsed, weights, warnings)
        {
            PairDifferences = estimand == Estimand.Att ? PairDifferences(problem, imputed, isFocalMatched) : null,
            Settings = new MethodSettings
            {
                Ratio = request.Ratio,
                Replace = request.Replace || estimand == Estimand.Ate,
                Caliper = request.Caliper is double cal && cal > 0 ? cal : null,
                BiasAdjust = request.BiasAdjust,
                MatchOrder = request.Replace || estimand == Estimand.Ate ? null : request.MatchOrder switch
                {
                    MatchOrder.Largest => "largest",
                    MatchOrder.Smallest => "smallest",
                    _ => "data",
                },
            },
        };
    }

    /// <summary>Per-arm OLS predictions of the outcome on the covariates, for every row (μ̂₀ from controls, μ̂₁ from treated).</summary>
    private static (double[] Mu0, double[] Mu1) ArmRegressions(Problem problem)
    {
        double[] Predict(bool arm)
        {
            var fit = LinearRegression.Fit(problem.X, problem.Y, problem.Rows(arm));
            var mu = new double[problem.N];
            for (int i = 0; i < problem.N; i++)
            {
                mu[i] = fit.Predict(problem.X, i);
            }

            return mu;
        }

        return (Predict(false), Predict(true));
    }

    /// <summary>Above this share of the controls used, matching without replacement gets a warning.</summary>
    internal const double MaxControlShareWithoutReplacement = 0.5;

    private static double[] PairDifferences(Problem problem, double[] imputed, bool[] isFocalMatched)
    {
        var d = new List<double>();
        for (int i = 0; i < problem.N; i++)
        {
            if (isFocalMatched[i] && problem.IsTreated(i))
            {
                d.Add(problem.Y[i] - imputed[i]);
            }
        }

        return [.. d];
    }

    /// <summary>
    /// Abadie–Imbens (2016) SE ("abadie-imbens-2016") when requested and derived: matching with replacement (always for
    /// the ATE), every focal unit matched (the paper has no caliper), a cleanly converged logit. Otherwise, or when the
    /// corrected variance is not positive in this sample, the 2006 SE ("abadie-imbens", PS treated as known) with a
    /// warning saying why.
    /// </summary>
    private static (double Se, string SeMethod) SeFor(Problem problem, EstimationRequest request, double tau, double variance2006, int dropped, List<string> warnings)
    {
        var known = (Math.Sqrt(variance2006), "abadie-imbens");
        if (!request.PsAdjustedSe)
        {
            return known;
        }

        const string fallback = "The SE treats the estimated propensity score as known (Abadie–Imbens 2006): ";
        if (request.BiasAdjust)
        {
            return known; // the 2006 variance of the bias-adjusted estimator (Abadie & Imbens 2011), as Matching's BiasAdjust
        }

        string? reason = (request.Estimand == Estimand.Ate || request.Replace, dropped, problem.Propensity) switch
        {
            (false, _, _) => "the Abadie–Imbens (2016) adjustment for the estimated score is derived for matching with replacement only.",
            (_, > 0, _) => "the Abadie–Imbens (2016) adjustment assumes every unit is matched, and the caliper dropped some.",
            (_, _, { Converged: false } or { ExtremeProbabilities: true }) => "the propensity model did not converge cleanly, so the Abadie–Imbens (2016) adjustment is not computed.",
            _ => null,
        };
        if (reason is not null)
        {
            warnings.Add(fallback + reason);
            return known;
        }

        double adjusted = variance2006 + EstimatedPropensityAdjustment.VarianceCorrection(problem, request.Estimand, tau);
        if (!(adjusted > 0) || !double.IsFinite(adjusted))
        {
            warnings.Add(fallback + "the Abadie–Imbens (2016) adjusted variance was not positive in this sample.");
            return known;
        }

        return (Math.Sqrt(adjusted), "abadie-imbens-2016");
    }

    /// <summary>
    /// (Fᵢ + Kᵢ)² − (Fᵢ + K′ᵢ): unit i's noise enters τ̂ with weight (Fᵢ + Kᵢ)², of which the squared contrasts already
    /// carry Fᵢ + K′ᵢ (its own term as a focal unit, share² each time it is a match).
    /// </summary>
    private static double NoiseWeight(double[] k, double[] k2, bool[] isFocalMatched, int i) =>
        k[i] * k[i] - k2[i] + (isFocalMatched[i] ? 2 * k[i] : 0);

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
