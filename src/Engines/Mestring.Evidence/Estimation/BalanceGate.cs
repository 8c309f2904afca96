namespace Mestring.Evidence.Estimation;

/// <summary>
/// The balance gate: after matching or weighting, a covariate whose |SMD| exceeds <see cref="MaxAbsSmd"/> or whose
/// variance ratio lies outside [<see cref="MinVarianceRatio"/>, <see cref="MaxVarianceRatio"/>] means the groups are not
/// alike enough for the estimate to be read as an effect (Austin 2009; Stuart 2010; Rubin 2001's 0.5–2 for variances).
/// The variance ratio is not judged for 0/1 covariates: their variance p(1 − p) follows from the mean, which the SMD
/// already judges (as cobalt).
/// </summary>
public static class BalanceGate
{
    /// <summary>Largest acceptable |standardised mean difference| after adjustment.</summary>
    public const double MaxAbsSmd = 0.1;

    /// <summary>Smallest acceptable variance ratio after adjustment.</summary>
    public const double MinVarianceRatio = 0.5;

    /// <summary>Largest acceptable variance ratio after adjustment.</summary>
    public const double MaxVarianceRatio = 2.0;

    /// <summary>The covariates that fail, in the order given; empty when balance holds or no adjusted balance exists.</summary>
    public static IReadOnlyList<BalanceWarning> Check(IEnumerable<CovariateBalance> balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        var warnings = new List<BalanceWarning>();
        foreach (var b in balance)
        {
            if (b.SmdAfter is not double smd || !double.IsFinite(smd))
            {
                continue;
            }

            double? ratio = b.IsBinary ? null : b.VarianceRatioAfter;
            bool badSmd = Math.Abs(smd) > MaxAbsSmd;
            bool badRatio = ratio is double vr && double.IsFinite(vr) && (vr < MinVarianceRatio || vr > MaxVarianceRatio);
            if (badSmd || badRatio)
            {
                warnings.Add(new BalanceWarning(b.Covariate, smd, ratio is double r && double.IsFinite(r) ? r : null));
            }
        }

        return warnings;
    }

    /// <summary>One plain-language note naming the covariates, for the warnings list.</summary>
    public static string Describe(IReadOnlyList<BalanceWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var names = string.Join(", ", warnings.Select(w => w.Covariate));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Balance gate: after adjustment the groups still differ on {names} (|SMD| > {MaxAbsSmd} or variance ratio outside {MinVarianceRatio}–{MaxVarianceRatio}); the verdict is \"uncertain\" until the comparison is improved (other covariates, a caliper, a flexible model).");
    }
}
