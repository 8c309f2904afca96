using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mestring.Evidence.Numerics;

/// <summary>
/// Grows one boosted tree level by level on a compact row-major bin matrix. A node's split comes from its histogram of
/// gradient, hessian and count per (feature, bin). Only nodes that may still split get a histogram: the smaller child's
/// is built by one pass over its rows, the larger one's by subtraction from the parent (LightGBM's trick), and nodes at
/// the depth limit are leaves whose sums come from the split itself. Rows stay in ascending order inside every node
/// (stable partition), so each pass reads memory forwards. Buffers are reused across trees.
/// </summary>
internal sealed class TreeGrower
{
    private const int B = BinnedFeatures.MaxBins;

    private readonly byte[] bins;
    private readonly int n;
    private readonly int p;
    private readonly int[] binCounts;
    private readonly BoostedTrees.Options options;
    private readonly bool unitHessian;
    private readonly int[] order;
    private readonly int[] scratch;
    private readonly Stack<Histogram> pool = new();

    /// <param name="bins">Row-major bins of the n training rows (row·p + feature).</param>
    /// <param name="n">Training rows.</param>
    /// <param name="features">The binned features (for the feature count and the bins per feature).</param>
    /// <param name="options">Tuning.</param>
    /// <param name="unitHessian">Squared loss: every hessian is 1, so the hessian sum is the count.</param>
    public TreeGrower(byte[] bins, int n, BinnedFeatures features, BoostedTrees.Options options, bool unitHessian)
    {
        this.bins = bins;
        this.n = n;
        p = features.Features;
        binCounts = features.BinCounts;
        this.options = options;
        this.unitHessian = unitHessian;
        order = new int[n];
        scratch = new int[n];
    }

    /// <summary>Grows a tree on gradients <paramref name="g"/> and hessians <paramref name="h"/> (null = all 1) and adds its leaf values to <paramref name="f"/>.</summary>
    public BoostedTrees.Node[] Grow(double[] g, double[]? h, double[] f)
    {
        for (int k = 0; k < n; k++)
        {
            order[k] = k;
        }

        var nodes = new List<BoostedTrees.Node> { default };
        var root = Rent();
        Build(root, g, h, 0, n);
        double sg = 0, sh = 0;
        for (int b = 0; b < binCounts[0]; b++)
        {
            sg += root.G[b];
            sh += unitHessian ? root.C[b] : root.H[b];
        }

        var pending = new List<Pending> { new(0, 0, n, 0, root, sg, sh) };
        for (int q = 0; q < pending.Count; q++)
        {
            var node = pending[q];
            var parent = node.Hist;
            Split? split = parent is null || !CanSplit(node.Depth, node.End - node.Start) ? null : BestSplit(parent, node.End - node.Start, node.G, node.H);
            if (split is not { } s)
            {
                Release(parent);
                double value = -options.LearningRate * node.G / (node.H + options.Lambda);
                for (int k = node.Start; k < node.End; k++)
                {
                    f[order[k]] += value;
                }

                nodes[node.Id] = new BoostedTrees.Node(-1, 0, 0, value);
                continue;
            }

            int mid = Partition(node.Start, node.End, s.Feature, s.Bin);
            int left = nodes.Count;
            nodes.Add(default);
            nodes.Add(default);
            nodes[node.Id] = new BoostedTrees.Node(s.Feature, s.Bin, left, 0);
            int depth = node.Depth + 1;
            bool leftSplits = CanSplit(depth, mid - node.Start), rightSplits = CanSplit(depth, node.End - mid);
            Histogram? leftHist = null, rightHist = null;
            if (!leftSplits && !rightSplits)
            {
                Release(parent);
            }
            else
            {
                // The parent's buffer becomes the larger child's: parent − smaller child.
                bool leftSmaller = mid - node.Start <= node.End - mid;
                var small = Rent();
                if (leftSmaller)
                {
                    Build(small, g, h, node.Start, mid);
                }
                else
                {
                    Build(small, g, h, mid, node.End);
                }

                parent!.SubtractInPlace(small);
                (leftHist, rightHist) = leftSmaller ? (small, parent) : (parent, small);
                if (!leftSplits)
                {
                    Release(leftHist);
                    leftHist = null;
                }

                if (!rightSplits)
                {
                    Release(rightHist);
                    rightHist = null;
                }
            }

            pending.Add(new(left, node.Start, mid, depth, leftHist, s.LeftG, s.LeftH));
            pending.Add(new(left + 1, mid, node.End, depth, rightHist, node.G - s.LeftG, node.H - s.LeftH));
        }

        return [.. nodes];
    }

    private void Release(Histogram? hist)
    {
        if (hist is not null)
        {
            pool.Push(hist);
        }
    }

    private bool CanSplit(int depth, int count) => depth < options.Depth && count >= 2 * options.MinLeaf;

    private Histogram Rent()
    {
        if (pool.TryPop(out var hist))
        {
            hist.Clear();
            return hist;
        }

        return new Histogram(p * B);
    }

    /// <summary>Stable partition of order[start..end) on bin ≤ <paramref name="bin"/>; returns the first index of the right part.</summary>
    private int Partition(int start, int end, int feature, int bin)
    {
        int w = start, r = 0;
        for (int k = start; k < end; k++)
        {
            int row = order[k];
            if (bins[row * p + feature] <= bin)
            {
                order[w++] = row;
            }
            else
            {
                scratch[r++] = row;
            }
        }

        Array.Copy(scratch, 0, order, w, r);
        return w;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Build(Histogram hist, double[] g, double[]? h, int start, int end)
    {
        // Bin values are < MaxBins by construction, so every index stays inside the p·B histogram.
        ref byte b0 = ref MemoryMarshal.GetArrayDataReference(bins);
        ref double g0 = ref MemoryMarshal.GetArrayDataReference(hist.G);
        ref double h0 = ref MemoryMarshal.GetArrayDataReference(hist.H);
        ref int c0 = ref MemoryMarshal.GetArrayDataReference(hist.C);
        for (int k = start; k < end; k++)
        {
            int row = order[k];
            int offset = row * p;
            double gi = g[row];
            if (h is null)
            {
                for (int j = 0; j < p; j++)
                {
                    int idx = j * B + Unsafe.Add(ref b0, offset + j);
                    Unsafe.Add(ref g0, idx) += gi;
                    Unsafe.Add(ref c0, idx)++;
                }
            }
            else
            {
                double hi = h[row];
                for (int j = 0; j < p; j++)
                {
                    int idx = j * B + Unsafe.Add(ref b0, offset + j);
                    Unsafe.Add(ref g0, idx) += gi;
                    Unsafe.Add(ref h0, idx) += hi;
                    Unsafe.Add(ref c0, idx)++;
                }
            }
        }
    }

    private Split? BestSplit(Histogram hist, int count, double sg, double sh)
    {
        double parent = sg * sg / (sh + options.Lambda), bestGain = 1e-12;
        Split? best = null;
        for (int j = 0; j < p; j++)
        {
            double lg = 0, lh = 0;
            int lc = 0;
            for (int b = 0; b < binCounts[j] - 1; b++)
            {
                int idx = j * B + b;
                lg += hist.G[idx];
                lh += unitHessian ? hist.C[idx] : hist.H[idx];
                lc += hist.C[idx];
                if (lc < options.MinLeaf || count - lc < options.MinLeaf)
                {
                    continue;
                }

                double rg = sg - lg, rh = sh - lh;
                double gain = lg * lg / (lh + options.Lambda) + rg * rg / (rh + options.Lambda) - parent;
                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = new Split(j, b, lg, lh);
                }
            }
        }

        return best;
    }

    private readonly record struct Split(int Feature, int Bin, double LeftG, double LeftH);

    private readonly record struct Pending(int Id, int Start, int End, int Depth, Histogram? Hist, double G, double H);

    /// <summary>Gradient, hessian and count per (feature, bin) of one node's rows.</summary>
    private sealed class Histogram(int size)
    {
        public double[] G { get; } = new double[size];

        public double[] H { get; } = new double[size];

        public int[] C { get; } = new int[size];

        public void Clear()
        {
            Array.Clear(G);
            Array.Clear(H);
            Array.Clear(C);
        }

        public void SubtractInPlace(Histogram child)
        {
            for (int i = 0; i < G.Length; i++)
            {
                G[i] -= child.G[i];
                H[i] -= child.H[i];
                C[i] -= child.C[i];
            }
        }
    }
}
