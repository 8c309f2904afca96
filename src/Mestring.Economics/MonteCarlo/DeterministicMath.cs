namespace Mestring.Economics.MonteCarlo;

/// <summary>
/// Transcendental functions built only from IEEE-754 +, −, ×, ÷ (which are correctly rounded everywhere),
/// because <see cref="Math.Log(double)"/> comes from the platform's C runtime and may differ in the last bit
/// between operating systems — and "the same seed gives the same numbers on every machine".
/// </summary>
public static class DeterministicMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // upper bits of ln 2, exact in a double
    private const double Ln2Lo = 1.90821492927058770002e-10; // ln 2 − Ln2Hi
    private const double Sqrt2 = 1.4142135623730951;

    // 1/25, 1/23, …, 1/1 for the Horner loop; computed once (division is exact-rounded, so still deterministic).
    private static readonly double[] InverseOdd = Enumerable.Range(0, 13).Select(i => 1.0 / (25 - 2 * i)).ToArray();

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
}
