namespace Mestring.Synthetic;

/// <summary>One calibration figure: what statistics.md says, what the data gives, and whether it is within tolerance.</summary>
/// <param name="Figure">What is measured.</param>
/// <param name="Target">The published figure, in the same unit as <paramref name="Achieved"/>.</param>
/// <param name="Achieved">Computed from the generated data.</param>
/// <param name="Tolerance">The tolerance in words, e.g. "±25 %" or "< 4 %".</param>
/// <param name="WithinTolerance">True when the achieved value is inside the band (null = informational only).</param>
/// <param name="Unit">The unit, e.g. "per 1,000 inhabitants", "DKK per inhabitant", "%".</param>
public sealed record CalibrationRow(string Figure, double Target, double Achieved, string Tolerance, bool? WithinTolerance, string Unit);
