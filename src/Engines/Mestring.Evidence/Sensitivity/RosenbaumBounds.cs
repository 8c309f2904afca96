using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Sensitivity;

/// <summary>
/// Rosenbaum bounds for matched pairs with Wilcoxon's signed-rank statistic (Rosenbaum 2002, Observational Studies,
/// §4.3.3): if a hidden covariate could multiply the odds of treatment within a pair by at most Γ, the one-sided p-value
/// is at most that of T⁺ under P(positive sign) = Γ/(1 + Γ), with the large-sample normal approximation
/// E = p⁺·S(S+1)/2, Var = p⁺(1 − p⁺)·S(S+1)(2S+1)/6 over the S non-zero pair differences (average ranks for ties).
/// </summary>
public static class RosenbaumBounds
{
    /// <summary>The upper bound on the one-sided p-value for "differences tend to be positive" at a given Γ ≥ 1.</summary>
    public static double UpperPValue(IReadOnlyList<double> differences, double gamma)
    {
        ArgumentNullException.ThrowIfNull(differences);
        var (tPlus, s) = SignedRank(differences);
        return UpperPValue(tPlus, s, gamma);
    }

    /// <summary>
    /// The largest Γ (to 0.01, at most <paramref name="maxGamma"/>) at which the upper-bound one-sided p-value stays at
    /// or below <paramref name="alpha"/>; null when the result is not significant even at Γ = 1 (no hidden bias).
    /// </summary>
    public static double? Gamma(IReadOnlyList<double> differences, double alpha = 0.025, double maxGamma = 100)
    {
        ArgumentNullException.ThrowIfNull(differences);
        var (tPlus, s) = SignedRank(differences);
        if (s == 0 || UpperPValue(tPlus, s, 1) > alpha)
        {
            return null;
        }

        if (UpperPValue(tPlus, s, maxGamma) <= alpha)
        {
            return maxGamma;
        }

        double lo = 1, hi = maxGamma;
        while (hi - lo > 1e-4)
        {
            double mid = 0.5 * (lo + hi);
            if (UpperPValue(tPlus, s, mid) <= alpha)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Floor(lo * 100) / 100;
    }

    private static double UpperPValue(double tPlus, int s, double gamma)
    {
        if (s == 0)
        {
            return 1;
        }

        double p = gamma / (1 + gamma);
        double sum = s * (s + 1.0) / 2;
        double mean = p * sum, variance = p * (1 - p) * s * (s + 1.0) * (2.0 * s + 1) / 6;
        return 1 - Normal.Cdf((tPlus - mean) / Math.Sqrt(variance));
    }

    /// <summary>T⁺ = sum of the ranks of |d| over positive d, zeros dropped, ties given their average rank.</summary>
    private static (double TPlus, int S) SignedRank(IReadOnlyList<double> differences)
    {
        var nonZero = differences.Where(d => d != 0 && double.IsFinite(d)).ToArray();
        var abs = Array.ConvertAll(nonZero, Math.Abs);
        var order = Enumerable.Range(0, abs.Length).ToArray();
        Array.Sort((double[])abs.Clone(), order);
        double tPlus = 0;
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && abs[order[j + 1]] == abs[order[i]])
            {
                j++;
            }

            double rank = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++)
            {
                if (nonZero[order[k]] > 0)
                {
                    tPlus += rank;
                }
            }

            i = j + 1;
        }

        return (tPlus, nonZero.Length);
    }
}
