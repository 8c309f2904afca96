namespace Mestring.Economics.Sensitivity;

/// <summary>
/// One bar of the tornado: the NPV with one parameter at its low and at its high value, all else at base.
/// <see cref="Basis"/> says how the range was set: "se" (value ± 1.96·SE) or "percent" (value ± 25 %).
/// Rates (successRate, deadweight, discountRate) are kept inside [0,1].
/// </summary>
public sealed record TornadoBar(
    string Parameter,
    string Path,
    string Basis,
    double BaseValue,
    double Low,
    double High,
    double NpvLow,
    double NpvHigh)
{
    /// <summary>|NpvHigh − NpvLow|, the length of the bar.</summary>
    public double Swing => Math.Abs(NpvHigh - NpvLow);
}
