namespace Mestring.Numerics;

/// <summary>
/// Transcendental functions built only from IEEE-754 +, −, ×, ÷, exact rounding and exponent scaling (all
/// bit-reproducible), because <see cref="Math.Log(double)"/> and <see cref="Math.Exp(double)"/> come from the
/// platform's C runtime and may differ in the last bit between operating systems — and "the same seed gives the
/// same numbers on every machine".
/// </summary>
/// <remarks>
/// Two exponentials live here because two engines pinned their outputs to different ones: <see cref="Exp"/>
/// (Monte Carlo, ~1 ulp) and <see cref="ExpTaylor12"/> (the synthetic municipality's mortality). They can differ in
/// the last bit, and a flipped comparison would change seeded results, so neither replaces the other.
/// </remarks>
public static class DeterministicMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // upper bits of ln 2, exact in a double
    private const double Ln2Lo = 1.90821492927058770002e-10; // ln 2 − Ln2Hi
    private const double Sqrt2 = 1.4142135623730951;
    private const double Ln2 = 0.6931471805599453;   // ln 2 rounded to a double, for ExpTaylor12

    // 1/25, 1/23, …, 1/1 for the Horner loop; computed once (division is exact-rounded, so still deterministic).
    private static readonly double[] InverseOdd = Enumerable.Range(0, 13).Select(i => 1.0 / (25 - 2 * i)).ToArray();

    // 1/13!, 1/12!, …, 1/1!, 1/0! for the Horner loop of Exp.
    private static readonly double[] InverseFactorials = BuildInverseFactorials();

    /// <summary>e^x (within ~1 ulp of the true value); underflows to 0 below about −745.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 709.78)
        {
            return double.PositiveInfinity;
        }

        if (x < -745.2)
        {
            return 0;
        }

        // x = k·ln2 + r with |r| ≤ ln2/2; e^r by a degree-13 Taylor polynomial (error < 1e−18), then scale by 2^k.
        var k = Math.Round(x / (Ln2Hi + Ln2Lo));
        var r = (x - k * Ln2Hi) - k * Ln2Lo;
        var sum = InverseFactorials[0];
        for (var i = 1; i < InverseFactorials.Length; i++)
        {
            sum = sum * r + InverseFactorials[i];
        }

        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>Natural logarithm of a positive finite <paramref name="x"/> (within ~1 ulp of the true value).</summary>
    public static double Log(double x)
    {
        if (!(x > 0) || !double.IsFinite(x))
        {
            return x == 0 ? double.NegativeInfinity : double.NaN;
        }

        // x = m · 2^k with m in [√½, √2): split the exponent off from the bits, no library call needed.
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        if (exponent == 0)
        {
            // Subnormal: scale into the normal range first (exact multiplication by a power of two).
            return Log(x * 18014398509481984.0) - 54 * (Ln2Hi + Ln2Lo);
        }

        var k = exponent - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            k++;
        }

        // log(m) = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …), s = (m−1)/(m+1), |s| ≤ 0.1716: 13 terms reach 1e−20.
        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        var series = 1.0 / 27;
        foreach (var inverse in InverseOdd)
        {
            series = series * s2 + inverse;
        }

        return k * Ln2Hi + (2 * s * series + k * Ln2Lo);
    }

    /// <summary>
    /// e^x by rounding x/ln 2 half-up, one-constant range reduction and a degree-12 Taylor sum: the synthetic
    /// generator's exponential, kept bit-for-bit so that a seed keeps producing the same municipality.
    /// Returns 0 below −700.
    /// </summary>
    public static double ExpTaylor12(double x)
    {
        if (x < -700)
        {
            return 0;
        }
        var k = (int)Math.Floor(x / Ln2 + 0.5);
        var r = x - k * Ln2;
        // Taylor series to degree 12 on |r| ≤ ln2/2: error far below what matters here, and bit-reproducible.
        var term = 1.0;
        var sum = 1.0;
        for (var i = 1; i <= 12; i++)
        {
            term *= r / i;
            sum += term;
        }
        return Math.ScaleB(sum, k);
    }

    private static double[] BuildInverseFactorials()
    {
        var values = new double[14];
        var factorial = 1.0;
        for (var n = 0; n <= 13; n++)
        {
            factorial *= Math.Max(1, n);
            values[13 - n] = 1 / factorial;
        }

        return values;
    }
}
