namespace Mestring.Evidence.Ranking;

/// <summary>Funnel-plot control limits around a target at one precision.</summary>
/// <param name="StandardError">SE at this precision.</param>
/// <param name="Lower95">target − 1.96·SE.</param>
/// <param name="Upper95">target + 1.96·SE.</param>
/// <param name="Lower998">target − 3.09·SE (99.8 %, the usual "alarm" limit).</param>
/// <param name="Upper998">target + 3.09·SE.</param>
public sealed record FunnelLimits(double StandardError, double Lower95, double Upper95, double Lower998, double Upper998);

/// <summary>Funnel plots (Spiegelhalter 2005): compare each unit's estimate to limits that widen as its precision falls.</summary>
public static class FunnelPlot
{
    private const double Z95 = 1.959963984540054;
    private const double Z998 = 3.090232306167813;

    /// <summary>Limits for a unit with the given standard error.</summary>
    public static FunnelLimits Limits(double target, double standardError) => new(
        standardError,
        target - Z95 * standardError,
        target + Z95 * standardError,
        target - Z998 * standardError,
        target + Z998 * standardError);

    /// <summary>Limits for a mean of n observations with per-observation SD <paramref name="sigma"/> (SE = σ/√n).</summary>
    public static FunnelLimits ForSampleSize(double target, double sigma, int n) => Limits(target, sigma / Math.Sqrt(n));

    /// <summary>Curve points for drawing the funnel from n = <paramref name="minN"/> to <paramref name="maxN"/>.</summary>
    public static IReadOnlyList<(int N, FunnelLimits Limits)> Curve(double target, double sigma, int minN, int maxN, int points = 50)
    {
        var result = new List<(int, FunnelLimits)>(points);
        double logMin = Math.Log(Math.Max(1, minN)), logMax = Math.Log(Math.Max(minN, maxN));
        int last = -1;
        for (int k = 0; k < points; k++)
        {
            int n = (int)Math.Round(Math.Exp(logMin + (logMax - logMin) * k / Math.Max(1, points - 1)));
            if (n != last)
            {
                result.Add((n, ForSampleSize(target, sigma, n)));
                last = n;
            }
        }

        return result;
    }
}
