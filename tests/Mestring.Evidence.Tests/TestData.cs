using Mestring.Evidence.Data;

namespace Mestring.Evidence.Tests;

/// <summary>Small datasets with known answers.</summary>
internal static class TestData
{
    public static Dataset Columns(params (string Name, double[] Values)[] columns) =>
        new(columns.Select(c => new KeyValuePair<string, double[]>(c.Name, c.Values)));

    /// <summary>
    /// Confounded DGP with true effect 2.0 for everyone: x1, x2 ~ N(0,1), P(T=1) = logistic(−0.5 + 0.8x1 − 0.5x2),
    /// y = 1 + 2T + 1.5x1 + x2 + N(0,1). The naive difference is biased upward by the confounding.
    /// </summary>
    public static Dataset KnownEffect(int n, int seed)
    {
        var rng = new Random(seed);
        var x1 = new double[n];
        var x2 = new double[n];
        var t = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x1[i] = Gaussian(rng);
            x2[i] = Gaussian(rng);
            double eta = -0.5 + 0.8 * x1[i] - 0.5 * x2[i];
            t[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
            y[i] = 1 + 2.0 * t[i] + 1.5 * x1[i] + x2[i] + Gaussian(rng);
        }

        return Columns(("t", t), ("y", y), ("x1", x1), ("x2", x2));
    }

    /// <summary>
    /// Before/after DGP: an unobserved level u drives selection (P(T=1) = logistic(−0.5 + u)) and both periods
    /// (pre = 3u + x1 + ε, post = 0.5 + 3u + x1 + 2T + ε), so only the change identifies the effect 2.0.
    /// </summary>
    public static Dataset BeforeAfter(int n, int seed)
    {
        var rng = new Random(seed);
        var x1 = new double[n];
        var t = new double[n];
        var y = new double[n];
        var pre = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u = Gaussian(rng);
            x1[i] = Gaussian(rng);
            t[i] = rng.NextDouble() < 1 / (1 + Math.Exp(0.5 - u)) ? 1 : 0;
            pre[i] = 3 * u + x1[i] + Gaussian(rng);
            y[i] = 0.5 + 3 * u + x1[i] + 2.0 * t[i] + Gaussian(rng);
        }

        return Columns(("t", t), ("y", y), ("x1", x1), ("pre", pre));
    }

    public static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
