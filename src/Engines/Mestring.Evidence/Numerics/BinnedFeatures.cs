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
