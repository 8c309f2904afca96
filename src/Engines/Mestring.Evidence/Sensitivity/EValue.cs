namespace Mestring.Evidence.Sensitivity;

/// <summary>
/// The E-value (VanderWeele &amp; Ding 2017, Ann Intern Med 167:268): the minimum strength of association, on the
/// risk-ratio scale, that an unmeasured confounder would need with both the treatment and the outcome to explain an
/// observed association away. For a risk ratio RR ≥ 1, E = RR + √(RR(RR − 1)); a protective RR &lt; 1 is inverted first.
/// For a continuous outcome the standardised difference d = estimate / SD(outcome) is turned into an approximate risk
/// ratio RR ≈ exp(0.91·d) (VanderWeele &amp; Ding 2017, table 2; VanderWeele 2017's approximation), then the same formula.
/// </summary>
public static class EValue
{
    /// <summary>The E-value of a risk ratio (≥ 1; 1 when RR = 1; null when not positive or not finite).</summary>
    public static double? ForRiskRatio(double rr)
    {
        if (!(rr > 0) || !double.IsFinite(rr))
        {
            return null;
        }

        double r = rr < 1 ? 1 / rr : rr;
        return r + Math.Sqrt(r * (r - 1));
    }

    /// <summary>The E-value of a standardised mean difference via RR ≈ exp(0.91·|d|).</summary>
    public static double? ForStandardisedDifference(double d) =>
        double.IsFinite(d) ? ForRiskRatio(Math.Exp(0.91 * Math.Abs(d))) : null;

    /// <summary>
    /// E-value of the confidence limit nearer to the null (RR = 1): 1 when the interval [<paramref name="low"/>,
    /// <paramref name="high"/>] contains the null, else the E-value of that limit.
    /// </summary>
    public static double? ForRiskRatioInterval(double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            return null;
        }

        if (low <= 1 && high >= 1)
        {
            return 1;
        }

        return ForRiskRatio(low > 1 ? low : high);
    }

    /// <summary>
    /// The E-values of an effect on an outcome's own scale. A 0/1 outcome uses the risk ratio p₁/p₀ with p₀ = p₁ − τ̂
    /// (ATT: p₁ the treated mean; ATE: p₀ the control mean and p₁ = p₀ + τ̂), the limits with τ̂'s interval limits and
    /// the same baseline; otherwise (or when a risk falls outside (0, 1)) the standardised difference with
    /// <paramref name="outcomeSd"/> (the pooled within-arm SD of the outcome). The interval's E-value is 1 when it
    /// contains no effect.
    /// </summary>
    /// <returns>The E-value of the estimate, of the interval limit nearer to no effect, and the scale used.</returns>
    public static (double? Estimate, double? Interval, string Scale) ForEffect(
        double estimate, double ciLow, double ciHigh, double outcomeSd, bool binaryOutcome, double baselineRisk, bool baselineIsTreated)
    {
        if (binaryOutcome && RiskRatios(estimate, ciLow, ciHigh, baselineRisk, baselineIsTreated) is { } rr)
        {
            return (ForRiskRatio(rr.Rr), ForRiskRatioInterval(Math.Min(rr.Low, rr.High), Math.Max(rr.Low, rr.High)), "risk-ratio");
        }

        if (!(outcomeSd > 0) || !double.IsFinite(estimate))
        {
            return (null, null, "standardised-difference");
        }

        double? interval = !double.IsFinite(ciLow) || !double.IsFinite(ciHigh) ? null
            : ciLow <= 0 && ciHigh >= 0 ? 1
            : ForStandardisedDifference(Math.Min(Math.Abs(ciLow), Math.Abs(ciHigh)) / outcomeSd);
        return (ForStandardisedDifference(estimate / outcomeSd), interval, "standardised-difference");
    }

    private static (double Rr, double Low, double High)? RiskRatios(double tau, double low, double high, double baseline, bool baselineIsTreated)
    {
        (double P1, double P0) Risks(double t) => baselineIsTreated ? (baseline, baseline - t) : (baseline + t, baseline);
        var (p1, p0) = Risks(tau);
        var (l1, l0) = Risks(low);
        var (h1, h0) = Risks(high);
        bool valid = new[] { p1, p0, l1, l0, h1, h0 }.All(p => p > 0 && p < 1 && double.IsFinite(p));
        return valid ? (p1 / p0, l1 / l0, h1 / h0) : null;
    }
}
