namespace Mestring.Evidence.Numerics;

/// <summary>Means and variances with optional frequency/analytic weights (null weights = all ones).</summary>
internal static class WeightedStats
{
    /// <summary>Weighted mean over rows where <paramref name="include"/> holds and the weight is positive.</summary>
    public static double Mean(double[] x, double[]? w, Func<int, bool> include)
    {
        double sw = 0, s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double wi = w?[i] ?? 1;
            if (wi > 0 && include(i))
            {
                sw += wi;
                s += wi * x[i];
            }
        }

        return sw > 0 ? s / sw : double.NaN;
    }

    /// <summary>
    /// Weighted variance with the reliability-weights correction Σw/((Σw)² − Σw²), which equals the usual
    /// n−1 variance for unit weights (as cobalt/MatchIt use for balance tables).
    /// </summary>
    public static double Variance(double[] x, double[]? w, Func<int, bool> include)
    {
        double m = Mean(x, w, include);
        double sw = 0, sw2 = 0, ss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double wi = w?[i] ?? 1;
            if (wi > 0 && include(i))
            {
                sw += wi;
                sw2 += wi * wi;
                ss += wi * (x[i] - m) * (x[i] - m);
            }
        }

        double denom = sw * sw - sw2;
        return denom > 0 ? ss * sw / denom : double.NaN;
    }

    /// <summary>Sample standard deviation of all values.</summary>
    public static double StandardDeviation(double[] x)
    {
        double m = 0;
        for (int i = 0; i < x.Length; i++)
        {
            m += x[i];
        }

        m /= x.Length;
        double ss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            ss += (x[i] - m) * (x[i] - m);
        }

        return x.Length > 1 ? Math.Sqrt(ss / (x.Length - 1)) : double.NaN;
    }
}
