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
        var fold = Folds(problem, folds, request.Seed);
        bool ate = request.Estimand == Estimand.Ate;
        var (e, m0, m1) = DmlNuisance.CrossFit(problem, x, fold, folds, ate, Learner, request.MaxDegreeOfParallelism, request.Progress);
        for (int i = 0; i < n; i++)
        {
            // ATT weighs controls by e/(1 − e): only a score near 1 explodes it; one near 0 rightly gives ~0 weight.
            e[i] = Math.Clamp(e[i], ate ? request.ClipLow : 0, 1 - request.ClipLow);
        }

        var weights = new double[n];
        double tau, se;
        int clipped = 0;
        for (int i = 0; i < n; i++)
        {
            clipped += (ate && e[i] <= request.ClipLow) || e[i] >= 1 - request.ClipLow ? 1 : 0;
            weights[i] = ate ? (problem.IsTreated(i) ? 1 / e[i] : 1 / (1 - e[i])) : (problem.IsTreated(i) ? 1 : e[i] / (1 - e[i]));
        }

        if (ate)
        {
            var psi = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                double y = problem.Y[i];
                psi[i] = problem.IsTreated(i) ? m1[i] - m0[i] + (y - m1[i]) / e[i] : m1[i] - m0[i] - (y - m0[i]) / (1 - e[i]);
                sum += psi[i];
            }

            tau = sum / n;
            double ss = 0;
            foreach (double p in psi)
            {
                ss += (p - tau) * (p - tau);
            }

            se = Math.Sqrt(ss) / n;
        }
        else
        {
            double num = 0, n1 = problem.N1;
            for (int i = 0; i < n; i++)
            {
                double r = problem.Y[i] - m0[i];
                num += problem.IsTreated(i) ? r : -e[i] * r / (1 - e[i]);
            }

            tau = num / n1;
            double ss = 0;
            for (int i = 0; i < n; i++)
            {
                double r = problem.Y[i] - m0[i];
                double psi = (problem.IsTreated(i) ? r - tau : -e[i] * r / (1 - e[i])) / (n1 / n);
                ss += psi * psi;
            }

            se = Math.Sqrt(ss) / n;
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
