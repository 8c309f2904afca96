namespace Mestring.Evidence.Numerics;

/// <summary>Covariates cut into at most <see cref="BinnedFeatures.MaxBins"/> quantile bins, column by column, once per problem.</summary>
internal sealed class BinnedFeatures
{
    public const int MaxBins = 32;

    private BinnedFeatures(byte[][] bins, int[] binCounts)
    {
        Bins = bins;
        BinCounts = binCounts;
        Features = bins.Length;
        RowMajor = new byte[Rows * Features];
        for (int j = 0; j < Features; j++)
        {
            var column = bins[j];
            for (int i = 0; i < column.Length; i++)
            {
                RowMajor[i * Features + j] = column[i];
            }
        }
    }

    /// <summary>Number of features.</summary>
    public int Features { get; }

    /// <summary>Bins row by row (row·Features + feature): a row's bins sit together, so a histogram pass reads memory in order.</summary>
    public byte[] RowMajor { get; }

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
        int n = 0, offset = row * x.Features;
        var bins = x.RowMajor;
        while (tree[n].Feature >= 0)
        {
            n = bins[offset + tree[n].Feature] <= tree[n].Bin ? tree[n].Left : tree[n].Left + 1;
        }

        return tree[n].Value;
    }

    /// <summary>A node: split on feature ≤ bin (children Left and Left + 1), or a leaf (Feature = −1) with Value.</summary>
    internal readonly record struct Node(int Feature, int Bin, int Left, double Value);

    /// <summary>Gradient, hessian and count per (feature, bin) of one node's rows.</summary>
    private sealed class Histogram(int size)
    {
        public double[] G { get; } = new double[size];

        public double[] H { get; } = new double[size];

        public int[] C { get; } = new int[size];
    }

    /// <summary>
    /// Grows one tree level by level. Each node's split comes from its histogram; a child's histogram is built by one
    /// pass over the smaller child's rows and the larger one's by subtraction from the parent (LightGBM's trick).
    /// </summary>
    private sealed class TreeGrower(BinnedFeatures x, Options options)
    {
        private const int B = BinnedFeatures.MaxBins;

        /// <summary><paramref name="order"/> holds local indices 0..n−1 and is partitioned in place.</summary>
        public Node[] Grow(int[] rows, double[] g, double[] h, int[] order)
        {
            var nodes = new List<Node> { default };
            var pending = new List<(int Node, int Start, int End, int Depth, Histogram Hist)>
            {
                (0, 0, order.Length, 0, Build(rows, g, h, order, 0, order.Length)),
            };
            for (int p = 0; p < pending.Count; p++)
            {
                var (id, start, end, depth, hist) = pending[p];
                double sg = 0, sh = 0;
                for (int b = 0; b < x.BinCounts[0]; b++)
                {
                    sg += hist.G[b];
                    sh += hist.H[b];
                }

                var best = depth < options.Depth && end - start >= 2 * options.MinLeaf ? BestSplit(hist, end - start, sg, sh) : null;
                if (best is not { } split)
                {
                    nodes[id] = new Node(-1, 0, 0, -options.LearningRate * sg / (sh + options.Lambda));
                    continue;
                }

                var bins = x.RowMajor;
                int stride = x.Features, mid = start;
                for (int k = start; k < end; k++)
                {
                    if (bins[rows[order[k]] * stride + split.Feature] <= split.Bin)
                    {
                        (order[k], order[mid]) = (order[mid], order[k]);
                        mid++;
                    }
                }

                int left = nodes.Count;
                nodes.Add(default);
                nodes.Add(default);
                nodes[id] = new Node(split.Feature, split.Bin, left, 0);
                bool leftSmaller = mid - start <= end - mid;
                var small = leftSmaller ? Build(rows, g, h, order, start, mid) : Build(rows, g, h, order, mid, end);
                var large = Subtract(hist, small);
                pending.Add((left, start, mid, depth + 1, leftSmaller ? small : large));
                pending.Add((left + 1, mid, end, depth + 1, leftSmaller ? large : small));
            }

            return [.. nodes];
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private Histogram Build(int[] rows, double[] g, double[] h, int[] order, int start, int end)
        {
            int p = x.Features;
            var hist = new Histogram(p * B);
            var hg = hist.G;
            var hh = hist.H;
            var hc = hist.C;
            var bins = x.RowMajor;
            for (int k = start; k < end; k++)
            {
                int local = order[k];
                int offset = rows[local] * p;
                double gi = g[local], hi = h[local];
                for (int j = 0; j < p; j++)
                {
                    int idx = j * B + bins[offset + j];
                    hg[idx] += gi;
                    hh[idx] += hi;
                    hc[idx]++;
                }
            }

            return hist;
        }

        private static Histogram Subtract(Histogram parent, Histogram child)
        {
            var result = new Histogram(parent.G.Length);
            for (int i = 0; i < parent.G.Length; i++)
            {
                result.G[i] = parent.G[i] - child.G[i];
                result.H[i] = parent.H[i] - child.H[i];
                result.C[i] = parent.C[i] - child.C[i];
            }

            return result;
        }

        private (int Feature, int Bin)? BestSplit(Histogram hist, int count, double sg, double sh)
        {
            double parent = sg * sg / (sh + options.Lambda), bestGain = 1e-12;
            (int, int)? best = null;
            for (int j = 0; j < x.Features; j++)
            {
                int bins = x.BinCounts[j];
                double lg = 0, lh = 0;
                int lc = 0;
                for (int b = 0; b < bins - 1; b++)
                {
                    int idx = j * B + b;
                    lg += hist.G[idx];
                    lh += hist.H[idx];
                    lc += hist.C[idx];
                    int rc = count - lc;
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
