namespace Mestring.Synthetic.Randomness;

/// <summary>
/// Exp computed with exact IEEE operations only (range reduction + fixed polynomial), because Math.Exp may differ in
/// the last bit between platforms and a flipped comparison would change the generated municipality.
/// </summary>
internal static class DetMath
{
    private const double Ln2 = 0.6931471805599453;

    public static double Exp(double x)
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
}
