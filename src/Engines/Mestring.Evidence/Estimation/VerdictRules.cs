namespace Mestring.Evidence.Estimation;

/// <summary>Turns an interval into a plain-language verdict.</summary>
public static class VerdictRules
{
    /// <summary>
    /// "for få data" when fewer than <paramref name="minimumGroupSize"/> treated or controls were used (or the SE is
    /// undefined); otherwise by where the 95 % interval lies relative to zero and the desired direction.
    /// </summary>
    public static Verdict Decide(double ciLow, double ciHigh, int treatedUsed, int controlUsed, EffectDirection desired, int minimumGroupSize)
    {
        if (treatedUsed < minimumGroupSize || controlUsed < minimumGroupSize || !double.IsFinite(ciLow) || !double.IsFinite(ciHigh))
        {
            return Verdict.TooFewData;
        }

        bool above = ciLow > 0, below = ciHigh < 0;
        return (above, below, desired) switch
        {
            (true, _, EffectDirection.Increase) or (_, true, EffectDirection.Decrease) => Verdict.Works,
            (true, _, EffectDirection.Decrease) or (_, true, EffectDirection.Increase) => Verdict.Harmful,
            _ => Verdict.NoDetectableEffect,
        };
    }

    /// <summary>Danish text for the UI and CLI.</summary>
    public static string Danish(Verdict verdict) => verdict switch
    {
        Verdict.Works => "virker",
        Verdict.NoDetectableEffect => "ingen påviselig effekt",
        Verdict.TooFewData => "for få data",
        Verdict.Harmful => "virker modsat",
        Verdict.UncertainBalance => "usikker: grupperne ligner ikke hinanden nok",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    /// <summary>English twin of <see cref="Danish"/>.</summary>
    public static string English(Verdict verdict) => verdict switch
    {
        Verdict.Works => "works",
        Verdict.NoDetectableEffect => "no detectable effect",
        Verdict.TooFewData => "too few data",
        Verdict.Harmful => "works the wrong way",
        Verdict.UncertainBalance => "uncertain: the groups are not alike enough",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    /// <summary>
    /// Wire code of a verdict (JSON <c>verdictCode</c>): works, noDetectableEffect, tooFewData, harmful — and
    /// <c>uncertain_balance</c> when the balance gate tripped (spelled as in the published contract).
    /// </summary>
    public static string Code(Verdict verdict) => verdict switch
    {
        Verdict.Works => "works",
        Verdict.NoDetectableEffect => "noDetectableEffect",
        Verdict.TooFewData => "tooFewData",
        Verdict.Harmful => "harmful",
        Verdict.UncertainBalance => "uncertain_balance",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    /// <summary>
    /// The balance gate on a verdict: with any balance warning, a verdict on the effect ("virker", "virker modsat",
    /// "ingen påviselig effekt") becomes <see cref="Verdict.UncertainBalance"/>; "for få data" stays.
    /// </summary>
    public static Verdict Gate(Verdict verdict, int balanceWarnings) =>
        balanceWarnings > 0 && verdict != Verdict.TooFewData ? Verdict.UncertainBalance : verdict;

    /// <summary>CLI wire name of a method.</summary>
    public static string WireName(this EstimationMethod method) => method switch
    {
        EstimationMethod.Difference => "difference",
        EstimationMethod.Regression => "regression",
        EstimationMethod.Psm => "psm",
        EstimationMethod.Ipw => "ipw",
        EstimationMethod.Aipw => "aipw",
        EstimationMethod.Did => "did",
        EstimationMethod.Dml => "dml",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>CLI wire name of an estimand.</summary>
    public static string WireName(this Estimand estimand) => estimand switch
    {
        Estimand.Att => "att",
        Estimand.Ate => "ate",
        _ => throw new ArgumentOutOfRangeException(nameof(estimand)),
    };
}
