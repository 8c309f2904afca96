namespace Mestring.Evidence.Numerics;

/// <summary>Loss of a boosted model.</summary>
internal enum BoostLoss
{
    /// <summary>Squared error: regression of a continuous (or 0/1) outcome.</summary>
    Squared,

    /// <summary>Binomial deviance on the logit: a propensity model.</summary>
    Logistic,
}

/// <summary>
/// Compact gradient-boosted regression trees (Friedman 2001, second-order leaves as XGBoost): depth-limited trees on
/// histogram bins, L2-penalised leaf values, shrinkage. Boosting may start from a per-row offset (e.g. a linear model's
/// prediction), so the trees only have to find what the linear part misses. Deterministic (no subsampling, fixed
/// summation order), single-threaded, so the same input gives the same model on any machine and thread count.
/// </summary>
internal sealed class BoostedTrees
{
    private readonly List<Node[]> trees = [];

    private BoostedTrees(double baseScore) => BaseScore = baseScore;

    /// <summary>The constant start of the score (0 when an offset was given: the offset is the start).</summary>
    public double BaseScore { get; }

    /// <summary>Number of trees.</summary>
    public int Count => trees.Count;

    /// <summary>Tuning of the learner.</summary>
    public sealed record Options(int Trees = 100, int Depth = 3, double LearningRate = 0.1, int MinLeaf = 20, double Lambda = 1.0);

    /// <summary>
    /// Fits on <paramref name="rows"/> of the binned features against <paramref name="y"/> (indexed by row), starting
    /// from <paramref name="offset"/>[row] when given (the caller adds the same offset to the predictions).
    /// </summary>
    public static BoostedTrees Fit(BinnedFeatures x, double[] y, int[] rows, BoostLoss loss, Options options, double[]? offset = null)
    {
        int n = rows.Length, p = x.Features;
        double baseScore = 0;
        if (offset is null)
        {
            double mean = 0;
            foreach (int i in rows)
            {
                mean += y[i];
            }

            mean /= Math.Max(1, n);
            double clamped = Math.Clamp(mean, 1e-6, 1 - 1e-6);
            baseScore = loss == BoostLoss.Logistic ? Math.Log(clamped / (1 - clamped)) : mean;
        }

        // The training rows' bins copied together: every histogram pass then reads memory in order.
        var bins = new byte[n * p];
        var target = new double[n];
        var f = new double[n];
        for (int k = 0; k < n; k++)
        {
            Array.Copy(x.RowMajor, rows[k] * p, bins, k * p, p);
            target[k] = y[rows[k]];
            f[k] = baseScore + (offset?[rows[k]] ?? 0);
        }

        var model = new BoostedTrees(baseScore);
        bool squared = loss == BoostLoss.Squared;
        var g = new double[n];
        var h = squared ? null : new double[n];
        var grower = new TreeGrower(bins, n, x, options, squared);
        for (int m = 0; m < options.Trees; m++)
        {
            for (int k = 0; k < n; k++)
            {
                if (squared)
                {
                    g[k] = f[k] - target[k];
                }
                else
                {
                    double pk = 1 / (1 + Math.Exp(-f[k]));
                    g[k] = pk - target[k];
                    h![k] = Math.Max(pk * (1 - pk), 1e-6);
                }
            }

            model.trees.Add(grower.Grow(g, h, f));
        }

        return model;
    }

    /// <summary>The raw score (the mean, or the logit) of one row, without any offset.</summary>
    public double Predict(BinnedFeatures x, int row)
    {
        double s = BaseScore;
        foreach (var tree in trees)
        {
            s += Evaluate(tree, x.RowMajor, row * x.Features);
        }

        return s;
    }

    /// <summary>Adds the raw score (without offset) of each of <paramref name="rows"/> to <paramref name="into"/>[row], tree by tree.</summary>
    public void PredictInto(BinnedFeatures x, int[] rows, double[] into)
    {
        foreach (int i in rows)
        {
            into[i] += BaseScore;
        }

        var bins = x.RowMajor;
        foreach (var tree in trees)
        {
            foreach (int i in rows)
            {
                into[i] += Evaluate(tree, bins, i * x.Features);
            }
        }
    }

    private static double Evaluate(Node[] tree, byte[] bins, int offset)
    {
        int n = 0;
        while (tree[n].Feature >= 0)
        {
            n = bins[offset + tree[n].Feature] <= tree[n].Bin ? tree[n].Left : tree[n].Left + 1;
        }

        return tree[n].Value;
    }

    /// <summary>A node: split on feature ≤ bin (children Left and Left + 1), or a leaf (Feature = −1) with Value.</summary>
    internal readonly record struct Node(int Feature, int Bin, int Left, double Value);
}
