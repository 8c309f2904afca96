using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Ranking;

/// <summary>Benjamini–Hochberg control of the false discovery rate across many estimates (methods, providers).</summary>
public static class FalseDiscoveryRate
{
    /// <summary>
    /// BH-adjusted p-values (q-values as in R's <c>p.adjust(method = "BH")</c>): qᵢ = min over j ≥ rank(i) of
    /// m·p₍ⱼ₎/j, capped at 1. Returned in the input order. A finding is a discovery at FDR q when qᵢ ≤ q.
    /// </summary>
    public static double[] QValues(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        int m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var q = new double[m];
        double running = 1;
        for (int r = m - 1; r >= 0; r--)
        {
            int i = order[r];
            running = Math.Min(running, pValues[i] * m / (r + 1));
            q[i] = running;
        }

        return q;
    }

    /// <summary>Two-sided p-value of estimate/se against zero (normal approximation).</summary>
    public static double PValue(double estimate, double se) => Normal.TwoSidedP(estimate / se);
}
