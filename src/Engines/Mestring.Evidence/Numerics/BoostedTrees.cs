namespace Mestring.Evidence.Numerics;

/// <summary>Covariates cut into at most <see cref="BinnedFeatures.MaxBins"/> quantile bins, column by column, once per problem.</summary>
internal sealed class BinnedFeatures
{
    public const int MaxBins = 32;

    private BinnedFeatures(byte[][] bins, int[] binCounts)
    {
        Bins = bins;
        BinCounts = binCounts;
    }

    /// <summary>Bin index per feature and row.</summary>
    public byte[][] Bins { get; }

    /// <summary>Number of bins used by each feature.</summary>
    public int[] BinCounts { get; }

    public int Rows => Bins.Length == 0 ? 0 : Bins[0].Length;

    /// <summary>Quantile bins from the sorted distinct values (uses no outcome, so binning on all rows leaks nothing).</summary>
    public static BinnedFeatures Build(double[][] x)
    {
        var bins = new byte[x.Length][];
        var counts = new int[x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            var sorted = (double[])x[j].Clone();
            Array.Sort(sorted);
            var cuts = new List<double>();
            for (int b = 1; b < MaxBins; b++)
            {
                double q = sorted[(int)((long)b * (sorted.Length - 1) / MaxBins)];
                if (cuts.Count == 0 || q > cuts[^1])
                {
                    cuts.Add(q);
                }
            }

            if (cuts.Count > 0 && cuts[^1] >= sorted[^1])
            {
                cuts.RemoveAt(cuts.Count - 1);
            }

            var cutArray = cuts.ToArray();
            var column = new byte[x[j].Length];
            for (int i = 0; i < column.Length; i++)
            {
                int pos = Array.BinarySearch(cutArray, x[j][i]);
                column[i] = (byte)(pos >= 0 ? pos : ~pos); // value ≤ cut k goes to bin k
            }

            bins[j] = column;
            counts[j] = cutArray.Length + 1;
        }

        return new BinnedFeatures(bins, counts);
    }
}

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
/// histogram bins, L2-penalised leaf values, shrinkage. Deterministic (no subsampling, fixed tie order), single-threaded,
/// so the same input gives the same model on any machine load.
/// </summary>
internal sealed class BoostedTrees
{
    private readonly List<Node[]> trees = [];

    private BoostedTrees(double baseScore) => BaseScore = baseScore;

    public double BaseScore { get; }

    /// <summary>Tuning of the learner.</summary>
    public sealed record Options(int Trees = 100, int Depth = 3, double LearningRate = 0.1, int MinLeaf = 20, double Lambda = 1.0);

    /// <summary>Fits on <paramref name="rows"/> of the binned features against <paramref name="y"/> (indexed by row).</summary>
    public static BoostedTrees Fit(BinnedFeatures x, double[] y, int[] rows, BoostLoss loss, Options options)
    {
        double mean = 0;
        foreach (int i in rows)
        {
            mean += y[i];
        }

        mean /= Math.Max(1, rows.Length);
        double baseScore = loss == BoostLoss.Logistic ? Math.Log(Math.Clamp(mean, 1e-6, 1 - 1e-6) / (1 - Math.Clamp(mean, 1e-6, 1 - 1e-6))) : mean;
        var model = new BoostedTrees(baseScore);
        var f = new double[rows.Length];
        Array.Fill(f, baseScore);
        var g = new double[rows.Length];
        var h = new double[rows.Length];
        var work = new int[rows.Length];
        var grower = new TreeGrower(x, options);
        for (int m = 0; m < options.Trees; m++)
        {
            for (int k = 0; k < rows.Length; k++)
            {
                double target = y[rows[k]];
                if (loss == BoostLoss.Logistic)
                {
                    double p = 1 / (1 + Math.Exp(-f[k]));
                    g[k] = p - target;
                    h[k] = Math.Max(p * (1 - p), 1e-6);
                }
                else
                {
                    g[k] = f[k] - target;
                    h[k] = 1;
                }

                work[k] = k;
            }

            var tree = grower.Grow(rows, g, h, work);
            model.trees.Add(tree);
            for (int k = 0; k < rows.Length; k++)
            {
                f[k] += Evaluate(tree, x, rows[k]);
            }
        }

        return model;
    }

    /// <summary>The raw score (the mean, or the logit) of one row.</summary>
    public double Predict(BinnedFeatures x, int row)
    {
        double s = BaseScore;
        foreach (var tree in trees)
        {
            s += Evaluate(tree, x, row);
        }

        return s;
    }

    private static double Evaluate(Node[] tree, BinnedFeatures x, int row)
    {
        int n = 0;
        while (tree[n].Feature >= 0)
        {
            n = x.Bins[tree[n].Feature][row] <= tree[n].Bin ? tree[n].Left : tree[n].Left + 1;
        }

        return tree[n].Value;
    }

    /// <summary>A node: split on feature ≤ bin (children Left and Left + 1), or a leaf (Feature = −1) with Value.</summary>
    internal readonly record struct Node(int Feature, int Bin, int Left, double Value);

    /// <summary>Grows one tree level by level; reuses its histogram buffers across trees.</summary>
    private sealed class TreeGrower(BinnedFeatures x, Options options)
    {
        private readonly double[] hg = new double[BinnedFeatures.MaxBins];
        private readonly double[] hh = new double[BinnedFeatures.MaxBins];
        private readonly int[] hc = new int[BinnedFeatures.MaxBins];

        /// <summary><paramref name="order"/> holds local indices 0..n−1 and is partitioned in place.</summary>
        public Node[] Grow(int[] rows, double[] g, double[] h, int[] order)
        {
            var nodes = new List<Node>();
            var pending = new List<(int Node, int Start, int End, int Depth)>();
            nodes.Add(default);
            pending.Add((0, 0, order.Length, 0));
            for (int p = 0; p < pending.Count; p++)
            {
                var (id, start, end, depth) = pending[p];
                double sg = 0, sh = 0;
                for (int k = start; k < end; k++)
                {
                    sg += g[order[k]];
                    sh += h[order[k]];
                }

                var best = depth < options.Depth && end - start >= 2 * options.MinLeaf ? BestSplit(rows, g, h, order, start, end, sg, sh) : null;
                if (best is not { } split)
                {
                    nodes[id] = new Node(-1, 0, 0, -options.LearningRate * sg / (sh + options.Lambda));
                    continue;
                }

                var column = x.Bins[split.Feature];
                int mid = start;
                for (int k = start; k < end; k++)
                {
                    if (column[rows[order[k]]] <= split.Bin)
                    {
                        (order[k], order[mid]) = (order[mid], order[k]);
                        mid++;
                    }
                }

                int left = nodes.Count;
                nodes.Add(default);
                nodes.Add(default);
                nodes[id] = new Node(split.Feature, split.Bin, left, 0);
                pending.Add((left, start, mid, depth + 1));
                pending.Add((left + 1, mid, end, depth + 1));
            }

            return [.. nodes];
        }

        private (int Feature, int Bin)? BestSplit(int[] rows, double[] g, double[] h, int[] order, int start, int end, double sg, double sh)
        {
            double parent = sg * sg / (sh + options.Lambda), bestGain = 1e-12;
            (int, int)? best = null;
            for (int j = 0; j < x.Bins.Length; j++)
            {
                int bins = x.BinCounts[j];
                if (bins < 2)
                {
                    continue;
                }

                Array.Clear(hg, 0, bins);
                Array.Clear(hh, 0, bins);
                Array.Clear(hc, 0, bins);
                var column = x.Bins[j];
                for (int k = start; k < end; k++)
                {
                    int local = order[k];
                    int b = column[rows[local]];
                    hg[b] += g[local];
                    hh[b] += h[local];
                    hc[b]++;
                }

                double lg = 0, lh = 0;
                int lc = 0;
                for (int b = 0; b < bins - 1; b++)
                {
                    lg += hg[b];
                    lh += hh[b];
                    lc += hc[b];
                    int rc = end - start - lc;
                    if (lc < options.MinLeaf || rc < options.MinLeaf)
                    {
                        continue;
                    }

                    double rg = sg - lg, rh = sh - lh;
                    double gain = lg * lg / (lh + options.Lambda) + rg * rg / (rh + options.Lambda) - parent;
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = (j, b);
                    }
                }
            }

            return best;
        }
    }
}
