namespace Mestring.Economics.Financial;

/// <summary>
/// Textbook financial functions with numpy-financial conventions (the first flow is at t = 0 and is not
/// discounted). Powers are built by repeated multiplication rather than <see cref="Math.Pow(double, double)"/>
/// so results are bit-identical on every platform (Math.Pow may differ in the last bit between C runtimes).
/// </summary>
public static class Finance
{
    /// <summary>Net present value of <paramref name="flows"/> (flows[0] at t = 0) at a flat <paramref name="rate"/>.</summary>
    public static double Npv(double rate, IReadOnlyList<double> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var growth = 1 + rate;
        var compound = 1.0;
        var sum = 0.0;
        for (var t = 0; t < flows.Count; t++)
        {
            sum += flows[t] / compound;
            compound *= growth;
        }

        return sum;
    }

    /// <summary>Discount factor (1+r)^−t for a flat rate.</summary>
    public static double DiscountFactor(double rate, int year)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(year);
        var compound = 1.0;
        for (var t = 0; t < year; t++)
        {
            compound *= 1 + rate;
        }

        return 1 / compound;
    }

    /// <summary>
    /// Internal rate of return: the rate where <see cref="Npv"/> is 0. Brackets every sign change of the NPV
    /// on a grid over (−1, 100], bisects each bracket and polishes it with Newton steps, and returns the root
    /// closest to 0 (numpy-financial's choice when several exist). Null when the flows have no sign change
    /// or no root is found.
    /// </summary>
    public static double? Irr(IReadOnlyList<double> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        if (!flows.Any(f => f > 0) || !flows.Any(f => f < 0))
        {
            return null;
        }

        double? best = null;
        var grid = IrrGrid();
        var previousRate = grid[0];
        var previousNpv = Npv(previousRate, flows);
        for (var i = 1; i < grid.Count; i++)
        {
            var rate = grid[i];
            var npv = Npv(rate, flows);
            if (!double.IsFinite(npv) || !double.IsFinite(previousNpv))
            {
                // Near r = −1 long flow series overflow; no bracket can be trusted there.
                previousRate = rate;
                previousNpv = npv;
                continue;
            }

            double? root = null;
            if (npv == 0)
            {
                root = rate;
            }
            else if (Math.Sign(npv) != Math.Sign(previousNpv) && previousNpv != 0)
            {
                root = Bisect(flows, previousRate, rate, previousNpv);
            }

            if (root is { } r && (best is null || Math.Abs(r) < Math.Abs(best.Value)))
            {
                best = r;
            }

            previousRate = rate;
            previousNpv = npv;
        }

        return best ?? NewtonFrom(flows, 0.1);
    }

    /// <summary>
    /// Modified internal rate of return: negative flows financed at <paramref name="financeRate"/>, positive
    /// flows reinvested at <paramref name="reinvestRate"/>. Null unless there are both positive and negative flows.
    /// </summary>
    public static double? Mirr(IReadOnlyList<double> flows, double financeRate, double reinvestRate)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var n = flows.Count;
        if (n < 2 || !flows.Any(f => f > 0) || !flows.Any(f => f < 0))
        {
            return null;
        }

        var positive = flows.Select(f => f > 0 ? f : 0).ToArray();
        var negative = flows.Select(f => f < 0 ? f : 0).ToArray();
        var numerator = Math.Abs(Npv(reinvestRate, positive));
        var denominator = Math.Abs(Npv(financeRate, negative));
        return Math.Pow(numerator / denominator, 1.0 / (n - 1)) * (1 + reinvestRate) - 1;
    }

    /// <summary>Discount factors DF(0…horizon) for a flat rate: (1+r)^−t.</summary>
    public static double[] DiscountFactors(double rate, int horizonYears) =>
        DiscountSchedule.Flat(rate).Factors(horizonYears);

    private static List<double> IrrGrid()
    {
        var grid = new List<double>();
        for (var r = -0.99; r < 1.0; r += 0.01)
        {
            grid.Add(r);
        }

        for (var r = 1.0; r < 10.0; r += 0.1)
        {
            grid.Add(r);
        }

        for (var r = 10.0; r <= 100.0; r += 1.0)
        {
            grid.Add(r);
        }

        return grid;
    }

    private static double Bisect(IReadOnlyList<double> flows, double low, double high, double npvLow)
    {
        for (var i = 0; i < 200 && high - low > 1e-15 * Math.Max(1, Math.Abs(low)); i++)
        {
            var mid = 0.5 * (low + high);
            var npvMid = Npv(mid, flows);
            if (npvMid == 0 || !double.IsFinite(npvMid))
            {
                return mid;
            }

            if (Math.Sign(npvMid) == Math.Sign(npvLow))
            {
                low = mid;
                npvLow = npvMid;
            }
            else
            {
                high = mid;
            }
        }

        var root = 0.5 * (low + high);
        // Newton polish: bisection already has the root to ~1e-15; one or two steps only tidy the last bits.
        var polished = NewtonFrom(flows, root, maxIterations: 3);
        return polished is { } p && p > low - 1e-9 && p < high + 1e-9 ? p : root;
    }

    private static double? NewtonFrom(IReadOnlyList<double> flows, double guess, int maxIterations = 100)
    {
        var rate = guess;
        for (var i = 0; i < maxIterations; i++)
        {
            var (npv, derivative) = NpvAndDerivative(rate, flows);
            if (derivative == 0 || !double.IsFinite(derivative))
            {
                return null;
            }

            var next = rate - npv / derivative;
            if (!double.IsFinite(next) || next <= -1)
            {
                return null;
            }

            if (Math.Abs(next - rate) < 1e-14 * Math.Max(1, Math.Abs(rate)))
            {
                return next;
            }

            rate = next;
        }

        return maxIterations < 100 ? rate : null;
    }

    private static (double Npv, double Derivative) NpvAndDerivative(double rate, IReadOnlyList<double> flows)
    {
        var growth = 1 + rate;
        var compound = 1.0;
        double npv = 0, derivative = 0;
        for (var t = 0; t < flows.Count; t++)
        {
            npv += flows[t] / compound;
            derivative -= t * flows[t] / (compound * growth);
            compound *= growth;
        }

        return (npv, derivative);
    }
}
