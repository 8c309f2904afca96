using Mestring.Evidence.Numerics;

namespace Mestring.Evidence.Estimation;

/// <summary>
/// Validated arrays for one estimation: outcome, 0/1 treatment, covariate columns. The propensity fit is computed
/// once on first use and shared by the overlap diagnostics and the method.
/// </summary>
internal sealed class Problem
{
    private LogisticFit? propensity;

    public Problem(double[] y, double[] t, double[][] x, IReadOnlyList<string> names, double[]? pre)
    {
        Y = y;
        T = t;
        X = x;
        CovariateNames = names;
        Pre = pre;
        for (int i = 0; i < t.Length; i++)
        {
            N1 += t[i] == 1 ? 1 : 0;
        }
    }

    public double[] Y { get; }

    /// <summary>Treatment as 0.0/1.0 (doubles so the logistic fit can use it directly).</summary>
    public double[] T { get; }

    public double[][] X { get; }

    public IReadOnlyList<string> CovariateNames { get; }

    public double[]? Pre { get; }

    public int N => Y.Length;

    public int N1 { get; }

    public int N0 => N - N1;

    public LogisticFit Propensity => propensity ??= LogisticRegression.Fit(X, T);

    public bool IsTreated(int i) => T[i] == 1;

    /// <summary>Same problem with another outcome (did works on the change).</summary>
    public Problem WithOutcome(double[] y) => new(y, T, X, CovariateNames, null);

    /// <summary>Rows picked by index (bootstrap resample).</summary>
    public Problem Resample(int[] rows)
    {
        var x = new double[X.Length][];
        for (int j = 0; j < X.Length; j++)
        {
            x[j] = Pick(X[j], rows);
        }

        return new Problem(Pick(Y, rows), Pick(T, rows), x, CovariateNames, Pre is null ? null : Pick(Pre, rows));
    }

    public int[] Rows(bool treated)
    {
        var rows = new int[treated ? N1 : N0];
        int k = 0;
        for (int i = 0; i < N; i++)
        {
            if (IsTreated(i) == treated)
            {
                rows[k++] = i;
            }
        }

        return rows;
    }

    private static double[] Pick(double[] source, int[] rows)
    {
        var result = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            result[i] = source[rows[i]];
        }

        return result;
    }
}

/// <summary>What a method returns before intervals, balance and verdict are added.</summary>
/// <param name="Estimate">Point estimate.</param>
/// <param name="Se">Analytical standard error.</param>
/// <param name="SeMethod">Name of the SE formula.</param>
/// <param name="TreatedUsed">Treated rows with weight.</param>
/// <param name="ControlUsed">Control rows with weight.</param>
/// <param name="Weights">Per-row weights for the balance table; null when the method does not reweight.</param>
/// <param name="Warnings">Notes for the analyst.</param>
internal sealed record MethodEstimate(double Estimate, double Se, string SeMethod, int TreatedUsed, int ControlUsed, double[]? Weights, IReadOnlyList<string> Warnings)
{
    /// <summary>Matched designs: treated − matched-control outcome per matched set (for Rosenbaum bounds); null otherwise.</summary>
    public double[]? PairDifferences { get; init; }

    /// <summary>The settings used, stated in the output.</summary>
    public MethodSettings? Settings { get; init; }

    /// <summary>Critical value of the 95 % interval (1.96, or Student's t for a small-sample cluster-robust SE).</summary>
    public double CriticalValue { get; init; } = Normal.Z975;
}

/// <summary>One estimation method.</summary>
internal interface IEffectMethod
{
    Errors.EvidenceResult<MethodEstimate> Estimate(Problem problem, EstimationRequest request);
}
