namespace Mestring.Economics.MonteCarlo;

/// <summary>Percentiles of a sample.</summary>
public static class Percentiles
{
    /// <summary>
    /// The <paramref name="p"/>-quantile of an ascending-sorted sample by linear interpolation between order
    /// statistics (Hyndman &amp; Fan type 7, the default of R, numpy and Excel's PERCENTILE.INC):
    /// h = (n−1)·p, Q = x[⌊h⌋] + (h−⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
    /// </summary>
    public static double Type7(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", nameof(sorted));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[lower] + (h - lower) * (sorted[lower + 1] - sorted[lower]);
    }
}
