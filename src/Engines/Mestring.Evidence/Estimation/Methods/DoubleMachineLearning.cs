using Mestring.Evidence.Errors;
using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// Double/debiased machine learning (Chernozhukov et al. 2018, Econometrics J 21:C1): the AIPW score with cross-fitting.
/// Rows are split into K folds (seeded, stratified by arm); for each fold the propensity e(x) (boosted trees, logistic
/// loss) and the outcome regressions m₀(x) on controls and m₁(x) on treated (boosted trees, squared loss) are fitted on
/// the other folds and predicted on it, so no row's own outcome shapes its nuisance predictions. The trees bend:
/// squared terms, thresholds and interactions up to the tree depth are found from the data.
/// ATE: ψ = m₁ − m₀ + T(y − m₁)/e − (1 − T)(y − m₀)/(1 − e). ATT (their §5.1): θ = Σ[T(y − m₀) − (1 − T)e(y − m₀)/(1 − e)] / n₁.
/// SE from the influence function, √(Σψ²)/n. Propensities are clipped to [c, 1 − c] (c = <see cref="EstimationRequest.ClipLow"/>,
/// 0.01 by default; for the ATT only the upper bound, since e/(1 − e) only explodes near 1) inside the score, so no row is dropped and the target population stays the one asked for.
/// </summary>
internal sealed class DoubleMachineLearning : IEffectMethod
{
    internal static readonly BoostedTrees.Options Learner = new(Trees: 100, Depth: 3, LearningRate: 0.1, MinLeaf: 20, Lambda: 1.0);

    public EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request)
    {
        int n = problem.N, folds = request.Folds;
        if (problem.N1 < folds || problem.N0 < folds)
        {
            return EvidenceResult<MethodEstimate>.Failure(EvidenceErrorCode.InvalidRequest, $"dml needs at least {folds} treated and {folds} controls for {folds} folds.");
        }

        var x = BinnedFeatures.Build(problem.X);
        bool ate = request.Estimand == Estimand.Ate;
        int repeats = int.Parse(Environment.GetEnvironmentVariable("MESTRING_DML_REPEATS") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        bool hajek = Environment.GetEnvironmentVariable("MESTRING_DML_HAJEK") == "1";
        int psTrees = int.Parse(Environment.GetEnvironmentVariable("MESTRING_DML_PSTREES") ?? "100", System.Globalization.CultureInfo.InvariantCulture);
        var taus = new double[repeats];
        var ses = new double[repeats];
        var eSum = new double[n];
        int clipped = 0;
        for (int r = 0; r < repeats; r++)
        {
            var fold = Folds(problem, folds, request.Seed + r);
            var (e, m0, m1) = DmlNuisance.CrossFit(problem, x, fold, folds, ate, Learner, Learner with { Trees = psTrees }, request.MaxDegreeOfParallelism, request.Progress);
            for (int i = 0; i < n; i++)
            {
                // ATT weighs controls by e/(1 − e): only a score near 1 explodes it; one near 0 rightly gives ~0 weight.
                e[i] = Math.Clamp(e[i], ate ? request.ClipLow : 0, 1 - request.ClipLow);
                clipped += r == 0 && ((ate && e[i] <= request.ClipLow) || e[i] >= 1 - request.ClipLow) ? 1 : 0;
                eSum[i] += e[i];
            }

            (taus[r], ses[r]) = ate ? AteScore(problem, e, m0, m1) : AttScore(problem, e, m0, hajek);
        }

        double tau = Median(taus);
        double se = Math.Sqrt(Median([.. taus.Select((t, r) => ses[r] * ses[r] + (t - tau) * (t - tau))]));
        var weights = new double[n];
        for (int i = 0; i < n; i++)
        {
            double ei = eSum[i] / repeats;
            weights[i] = ate ? (problem.IsTreated(i) ? 1 / ei : 1 / (1 - ei)) : (problem.IsTreated(i) ? 1 : ei / (1 - ei));
        }

        var warnings = new List<string>();
        if (clipped > 0)
        {
            warnings.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{clipped} of {n} cross-fitted propensity scores were clipped to [{(ate ? request.ClipLow : 0)}, {1 - request.ClipLow}]: weak overlap there, so those rows lean on the outcome model."));
        }

        return new MethodEstimate(tau, se, "influence-function", problem.N1, problem.N0, weights, warnings)
        {
            Settings = new MethodSettings
            {
                Folds = folds,
                Seed = request.Seed,
                TrimLow = ate ? request.ClipLow : 0,
                TrimHigh = 1 - request.ClipLow,
                Learner = $"boosted trees: {Learner.Trees} trees, depth {Learner.Depth}, learning rate 0.1, min leaf {Learner.MinLeaf}",
            },
        };
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        int m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }

    /// <summary>ATE: ψ = m₁ − m₀ + T(y − m₁)/e − (1 − T)(y − m₀)/(1 − e); τ = mean ψ, SE = SD(ψ)/√n.</summary>
    private static (double Tau, double Se) AteScore(Problem problem, double[] e, double[] m0, double[] m1)
    {
        int n = problem.N;
        var psi = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double y = problem.Y[i];
            psi[i] = problem.IsTreated(i) ? m1[i] - m0[i] + (y - m1[i]) / e[i] : m1[i] - m0[i] - (y - m0[i]) / (1 - e[i]);
            sum += psi[i];
        }

        double tau = sum / n, ss = 0;
        foreach (double p in psi)
        {
            ss += (p - tau) * (p - tau);
        }

        return (tau, Math.Sqrt(ss) / n);
    }

    /// <summary>
    /// ATT: the treated's mean residual y − m₀ minus the controls' e/(1 − e)-weighted mean residual. Hájek: the control
    /// weights are normalised to sum to one (their own total, not n₁), which keeps a few large weights from moving the
    /// estimate when the cross-fitted scores are noisy; the influence function centres each arm at its own mean.
    /// </summary>
    private static (double Tau, double Se) AttScore(Problem problem, double[] e, double[] m0, bool hajek)
    {
        int n = problem.N;
        double n1 = problem.N1, t1 = 0, c0 = 0, w0 = 0;
        for (int i = 0; i < n; i++)
        {
            double r = problem.Y[i] - m0[i];
            if (problem.IsTreated(i))
            {
                t1 += r;
            }
            else
            {
                double w = e[i] / (1 - e[i]);
                c0 += w * r;
                w0 += w;
            }
        }

        double mean1 = t1 / n1, mean0 = hajek ? c0 / w0 : c0 / n1, tau = mean1 - mean0, ss = 0;
        double scale0 = hajek ? w0 / n : n1 / n;
        for (int i = 0; i < n; i++)
        {
            double r = problem.Y[i] - m0[i];
            double psi = problem.IsTreated(i)
                ? (r - (hajek ? mean1 : tau)) / (n1 / n)
                : -e[i] / (1 - e[i]) * (r - (hajek ? mean0 : 0)) / scale0;
            ss += psi * psi;
        }

        return (tau, Math.Sqrt(ss) / n);
    }

    /// <summary>Seeded fold of every row: each arm shuffled and dealt round-robin, so every fold has both arms.</summary>
    private static int[] Folds(Problem problem, int folds, long seed)
    {
        var fold = new int[problem.N];
        var rng = new Mestring.Numerics.SeededRandom(unchecked((ulong)seed));
        foreach (bool arm in new[] { true, false })
        {
            var rows = problem.Rows(arm).ToList();
            rng.Shuffle(rows);
            for (int k = 0; k < rows.Count; k++)
            {
                fold[rows[k]] = k % folds;
            }
        }

        return fold;
    }
}
