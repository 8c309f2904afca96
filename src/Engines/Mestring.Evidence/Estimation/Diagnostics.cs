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
            var raw = ArmMoments(x, null, problem.T);
            double sd = estimand == Estimand.Att && raw.Var1 > 0 ? Math.Sqrt(raw.Var1) : Math.Sqrt((raw.Var1 + raw.Var0) / 2);
            double before = sd > 0 ? (raw.Mean1 - raw.Mean0) / sd : double.NaN;
            double? after = null, ratioAfter = null;
            if (weights is not null)
            {
                var weighted = ArmMoments(x, weights, problem.T);
                after = sd > 0 ? (weighted.Mean1 - weighted.Mean0) / sd : double.NaN;
                ratioAfter = weighted.Var1 / weighted.Var0;
            }

            result.Add(new CovariateBalance(problem.CovariateNames[j], before, after, raw.Var1 / raw.Var0, ratioAfter) { IsBinary = Array.TrueForAll(x, v => v == 0 || v == 1) });
        }

        return result;
    }

    /// <summary>
    /// Weighted mean and variance per arm in two passes, with the reliability-weights correction
    /// Σw/((Σw)² − Σw²) that equals the n−1 variance for unit weights (as cobalt/MatchIt).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (double Mean1, double Var1, double Mean0, double Var0) ArmMoments(double[] x, double[]? w, double[] t)
    {
        double sw1 = 0, sw0 = 0, sx1 = 0, sx0 = 0, sq1 = 0, sq0 = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double wi = w is null ? 1 : w[i];
            if (t[i] == 1)
            {
                sw1 += wi;
                sx1 += wi * x[i];
                sq1 += wi * wi;
            }
            else
            {
                sw0 += wi;
                sx0 += wi * x[i];
                sq0 += wi * wi;
            }
        }

        double m1 = sx1 / sw1, m0 = sx0 / sw0, ss1 = 0, ss0 = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double wi = w is null ? 1 : w[i];
            if (t[i] == 1)
            {
                ss1 += wi * (x[i] - m1) * (x[i] - m1);
            }
            else
            {
                ss0 += wi * (x[i] - m0) * (x[i] - m0);
            }
        }

        double d1 = sw1 * sw1 - sq1, d0 = sw0 * sw0 - sq0;
        return (m1, d1 > 0 ? ss1 * sw1 / d1 : double.NaN, m0, d0 > 0 ? ss0 * sw0 / d0 : double.NaN);
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
}
