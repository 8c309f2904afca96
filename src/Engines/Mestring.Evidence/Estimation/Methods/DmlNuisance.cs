using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Estimation.Methods;

/// <summary>
/// The cross-fitted nuisance predictions of <see cref="DoubleMachineLearning"/>: for each fold the propensity e(x) and
/// the outcome regressions m₀(x) (controls) and m₁(x) (treated, ATE only) are fitted on the other folds and predicted on
/// it. Each learner starts from a linear working model fitted on the same training rows (logistic for e, OLS for m) and
/// boosts trees from there, so linear trends are captured beyond the outermost bins while the trees find squared terms,
/// thresholds and interactions. Folds run in parallel; every fold writes only its own rows and nothing is shared between
/// folds, so the numbers do not depend on the thread count.
/// </summary>
internal static class DmlNuisance
{
    /// <summary>Largest |logit| the linear start may give (beyond it the boosting gradient vanishes anyway).</summary>
    private const double MaxStartLogit = 10;

    public static (double[] E, double[] M0, double[] M1) CrossFit(
        Problem problem, BinnedFeatures x, int[] fold, int folds, bool ate, BoostedTrees.Options learner, int? threads, Action<double>? progress)
    {
        int n = problem.N;
        var e = new double[n];
        var m0 = new double[n];
        var m1 = new double[n];
        int steps = folds * (ate ? 3 : 2), done = 0;
        var gate = new object();
        void Step()
        {
            lock (gate)
            {
                progress?.Invoke((double)++done / steps);
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount };
        Parallel.For(0, folds, parallel, k =>
        {
            var train = Rows(fold, k, equal: false);
            var test = Rows(fold, k, equal: true);
            var psStart = LogisticStart(problem, train);
            var ps = BoostedTrees.Fit(x, problem.T, train, BoostLoss.Logistic, learner, psStart);
            Step();
            ps.PredictInto(x, test, psStart);
            foreach (int i in test)
            {
                e[i] = LogisticRegression.Sigmoid(psStart[i]);
            }

            Outcome(problem, x, [.. train.Where(i => !problem.IsTreated(i))], test, learner, m0);
            Step();
            if (ate)
            {
                Outcome(problem, x, [.. train.Where(problem.IsTreated)], test, learner, m1);
                Step();
            }
        });
        return (e, m0, m1);
    }

    private static int[] Rows(int[] fold, int k, bool equal)
    {
        var rows = new List<int>(fold.Length);
        for (int i = 0; i < fold.Length; i++)
        {
            if ((fold[i] == k) == equal)
            {
                rows.Add(i);
            }
        }

        return [.. rows];
    }

    /// <summary>Boosted outcome regression on <paramref name="train"/> from an OLS start; writes the predictions of <paramref name="test"/> into <paramref name="into"/>.</summary>
    private static void Outcome(Problem problem, BinnedFeatures x, int[] train, int[] test, BoostedTrees.Options learner, double[] into)
    {
        var ols = LinearRegression.Fit(problem.X, problem.Y, train);
        var start = new double[problem.N];
        foreach (int i in train.Concat(test))
        {
            start[i] = ols.Predict(problem.X, i);
        }

        var model = BoostedTrees.Fit(x, problem.Y, train, BoostLoss.Squared, learner, start);
        model.PredictInto(x, test, start);
        foreach (int i in test)
        {
            into[i] = start[i];
        }
    }

    /// <summary>The logit of a logistic regression fitted on <paramref name="train"/>, for every row (clamped to ±10).</summary>
    private static double[] LogisticStart(Problem problem, int[] train)
    {
        var columns = problem.X.Select(col => train.Select(i => col[i]).ToArray()).ToArray();
        var fit = LogisticRegression.Fit(columns, [.. train.Select(i => problem.T[i])]);
        var start = new double[problem.N];
        for (int i = 0; i < problem.N; i++)
        {
            double s = fit.Coefficients[0];
            for (int j = 0; j < problem.X.Length; j++)
            {
                s += fit.Coefficients[j + 1] * problem.X[j][i];
            }

            start[i] = Math.Clamp(double.IsFinite(s) ? s : 0, -MaxStartLogit, MaxStartLogit);
        }

        return start;
    }
}
