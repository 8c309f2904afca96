namespace Mestring.Prevention.Calibrate;

/// <summary>An observed share with its Wilson score 95 % interval.</summary>
/// <param name="Count">Number of persons observed.</param>
/// <param name="Outcomes">Number with the outcome.</param>
/// <param name="Share">Outcomes / Count (0 when Count is 0).</param>
/// <param name="Lower">Lower 95 % Wilson bound.</param>
/// <param name="Upper">Upper 95 % Wilson bound.</param>
public sealed record ShareEstimate(int Count, int Outcomes, double Share, double Lower, double Upper)
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// Wilson score interval: unlike the normal approximation it stays inside [0, 1] and behaves at shares near 0
    /// and for small groups, which is exactly where rare combinations of factors sit.
    /// </summary>
    public static ShareEstimate Wilson(int count, int outcomes, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(outcomes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(outcomes, count);
        if (count == 0)
        {
            return new ShareEstimate(0, 0, 0, 0, 1);
        }

        double n = count;
        var p = outcomes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new ShareEstimate(count, outcomes, p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
