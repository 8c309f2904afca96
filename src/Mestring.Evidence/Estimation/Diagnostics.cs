using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Estimation;

/// <summary>Covariate balance and propensity overlap.</summary>
internal static class Diagnostics
{
    /// <summary>
    /// SMD with a fixed denominator from the raw sample — treated SD for ATT, √((s₁² + s₀²)/2) for ATE — so that
    /// before/after differences reflect changed means, not a changed yardstick (as MatchIt/cobalt).
    /// </summary>
    public static IReadOnlyList<CovariateBalance> Balance(Problem problem, double[]? weights, Estimand estimand)
    {
        var result = new List<CovariateBalance>(problem.X.Length);
        for (int j = 0; j < problem.X.Length; j++)
        {
            var x = problem.X[j];
            double v1 = WeightedStats.Variance(x, null, problem.IsTreated);
            double v0 = WeightedStats.Variance(x, null, i => !problem.IsTreated(i));
            double sd = estimand == Estimand.Att && v1 > 0 ? Math.Sqrt(v1) : Math.Sqrt((v1 + v0) / 2);
            double before = Smd(problem, x, null, sd);
            double? after = weights is null ? null : Smd(problem, x, weights, sd);
            double? ratioAfter = weights is null
                ? null
                : WeightedStats.Variance(x, weights, problem.IsTreated) / WeightedStats.Variance(x, weights, i => !problem.IsTreated(i));
            result.Add(new CovariateBalance(problem.CovariateNames[j], before, after, v1 / v0, ratioAfter));
        }

        return result;
    }

    public static OverlapDiagnostics? Overlap(Problem problem)
    {
        if (problem.X.Length == 0)
        {
            return null;
        }

        var fit = problem.Propensity;
        double min1 = double.PositiveInfinity, max1 = double.NegativeInfinity, min0 = double.PositiveInfinity, max0 = double.NegativeInfinity;
        for (int i = 0; i < problem.N; i++)
        {
            double e = fit.LinearPredictor[i];
            if (problem.IsTreated(i))
            {
                min1 = Math.Min(min1, e);
                max1 = Math.Max(max1, e);
            }
            else
            {
                min0 = Math.Min(min0, e);
                max0 = Math.Max(max0, e);
            }
        }

        // Compare on the logit so that scores that round to 0 or 1 still order correctly.
        double lo = Math.Max(min1, min0), hi = Math.Min(max1, max0);
        int out1 = 0, out0 = 0;
        for (int i = 0; i < problem.N; i++)
        {
            double e = fit.LinearPredictor[i];
            if (e < lo || e > hi)
            {
                _ = problem.IsTreated(i) ? out1++ : out0++;
            }
        }

        static double P(double logit) => LogisticRegression.Sigmoid(logit);
        return new OverlapDiagnostics(
            P(min1), P(max1), P(min0), P(max0),
            (double)out1 / problem.N1, (double)out0 / problem.N0, (double)(out1 + out0) / problem.N, fit.Converged);
    }

    /// <summary>True when the arms' logit ranges do not intersect at all.</summary>
    public static bool NoCommonSupport(Problem problem)
    {
        var eta = problem.Propensity.LinearPredictor;
        double min1 = double.PositiveInfinity, max1 = double.NegativeInfinity, min0 = double.PositiveInfinity, max0 = double.NegativeInfinity;
        for (int i = 0; i < problem.N; i++)
        {
            if (problem.IsTreated(i))
            {
                min1 = Math.Min(min1, eta[i]);
                max1 = Math.Max(max1, eta[i]);
            }
            else
            {
                min0 = Math.Min(min0, eta[i]);
                max0 = Math.Max(max0, eta[i]);
            }
        }

        return Math.Max(min1, min0) > Math.Min(max1, max0);
    }

    private static double Smd(Problem problem, double[] x, double[]? w, double sd)
    {
        double m1 = WeightedStats.Mean(x, w, problem.IsTreated);
        double m0 = WeightedStats.Mean(x, w, i => !problem.IsTreated(i));
        return sd > 0 ? (m1 - m0) / sd : double.NaN;
    }
}
