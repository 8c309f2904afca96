namespace Mestring.Economics.MonteCarlo;

/// <summary>
/// Summary of the simulated NPV distribution (spec "Monte Carlo"). Percentiles are Hyndman &amp; Fan type 7
/// (see <see cref="Percentiles.Type7"/>); <see cref="ProbabilityPositive"/> is the share of draws with NPV &gt; 0.
/// </summary>
public sealed record MonteCarloResult(
    int Draws,
    long Seed,
    double MeanNpv,
    double P05,
    double P50,
    double P95,
    double ProbabilityPositive)
{
    /// <summary>Standard deviation of the simulated NPV (n−1 denominator).</summary>
    public double SdNpv { get; init; }

    /// <summary>Histogram of the simulated NPV for the UI.</summary>
    public Histogram? Histogram { get; init; }
}

/// <summary>Equal-width bins from <see cref="Min"/> to <see cref="Max"/>; the last bin includes Max.</summary>
public sealed record Histogram(double Min, double Max, IReadOnlyList<int> Counts)
{
    /// <summary>Width of one bin.</summary>
    public double BinWidth => Counts.Count == 0 ? 0 : (Max - Min) / Counts.Count;

    /// <summary>Counts <paramref name="sortedValues"/> into <paramref name="bins"/> bins spanning their range.</summary>
    public static Histogram Of(ReadOnlySpan<double> sortedValues, int bins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (sortedValues.IsEmpty)
        {
            return new Histogram(0, 0, new int[bins]);
        }

        var min = sortedValues[0];
        var max = sortedValues[^1];
        var counts = new int[bins];
        var width = (max - min) / bins;
        foreach (var value in sortedValues)
        {
            var bin = width > 0 ? (int)((value - min) / width) : 0;
            counts[Math.Clamp(bin, 0, bins - 1)]++;
        }

        return new Histogram(min, max, counts);
    }
}
