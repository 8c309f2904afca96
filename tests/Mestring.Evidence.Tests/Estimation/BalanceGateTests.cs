using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

public sealed class BalanceGateTests
{
    [Fact]
    public void Check_NamesCovariatesWithLargeSmdOrVarianceRatioOutsideHalfToTwo()
    {
        var balance = new[]
        {
            new CovariateBalance("fine", 0.8, 0.05, 1.5, 1.1),
            new CovariateBalance("smd", 0.8, -0.15, 1.5, 1.0),
            new CovariateBalance("wide", 0.1, 0.02, 3.0, 2.5),
            new CovariateBalance("narrow", 0.1, 0.02, 0.3, 0.4),
            new CovariateBalance("binary", 0.3, 0.05, 0.2, 0.2) { IsBinary = true }, // a 0/1 variance follows from its mean
            new CovariateBalance("unadjusted", 0.9, null, 4.0, null),
        };

        var warnings = BalanceGate.Check(balance);

        Assert.Equal(["smd", "wide", "narrow"], warnings.Select(w => w.Covariate));
        Assert.Equal(-0.15, warnings[0].Smd);
        Assert.Equal(2.5, warnings[1].VarianceRatio);
    }

    [Fact]
    public void Gate_TurnsAnyEffectVerdictIntoUncertainButKeepsTooFewData()
    {
        Assert.Equal(Verdict.UncertainBalance, VerdictRules.Gate(Verdict.Works, 1));
        Assert.Equal(Verdict.UncertainBalance, VerdictRules.Gate(Verdict.Harmful, 2));
        Assert.Equal(Verdict.UncertainBalance, VerdictRules.Gate(Verdict.NoDetectableEffect, 1));
        Assert.Equal(Verdict.TooFewData, VerdictRules.Gate(Verdict.TooFewData, 1));
        Assert.Equal(Verdict.Works, VerdictRules.Gate(Verdict.Works, 0));
        Assert.Equal("usikker: grupperne ligner ikke hinanden nok", VerdictRules.Danish(Verdict.UncertainBalance));
        Assert.Equal("uncertain: the groups are not alike enough", VerdictRules.English(Verdict.UncertainBalance));
        Assert.Equal("uncertain_balance", VerdictRules.Code(Verdict.UncertainBalance));
    }

    [Fact]
    public void Estimate_ImbalancedMatchWithoutReplacement_TripsTheGateAndWarnsAboutControlShare()
    {
        // 300 treated around x = 1.2 against 330 controls around 0: greedy matching without replacement and without a
        // caliper must take nearly every control, leftovers included, so x stays far apart.
        var rng = new Random(5);
        int n1 = 300, n0 = 330;
        var x = new double[n1 + n0];
        var t = new double[n1 + n0];
        var y = new double[n1 + n0];
        for (int i = 0; i < x.Length; i++)
        {
            t[i] = i < n1 ? 1 : 0;
            x[i] = TestData.Gaussian(rng) + (i < n1 ? 1.2 : 0);
            y[i] = 2 * t[i] + x[i] + TestData.Gaussian(rng);
        }

        var data = TestData.Columns(("t", t), ("y", y), ("x", x));
        var result = EffectEstimator.Estimate(data, new("t", "y", ["x"]) { Method = EstimationMethod.Psm, Replace = false, Caliper = 0 }).Value!;

        Assert.Equal(Verdict.UncertainBalance, result.Verdict);
        Assert.Equal("uncertain_balance", result.VerdictCode);
        Assert.Contains(result.BalanceWarnings, w => w.Covariate == "x" && Math.Abs(w.Smd) > 0.1);
        Assert.Contains(result.Warnings, w => w.Contains("controls", StringComparison.Ordinal) && w.Contains("Prefer matching with replacement", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_RandomisedTreatment_DefaultPsmPassesTheGate()
    {
        var rng = new Random(8);
        int n = 2000;
        var x1 = new double[n];
        var x2 = new double[n];
        var t = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x1[i] = TestData.Gaussian(rng);
            x2[i] = rng.NextDouble() < 0.4 ? 1 : 0;
            t[i] = rng.NextDouble() < 0.3 ? 1 : 0;
            y[i] = 1 + 0.5 * t[i] + x1[i] + x2[i] + TestData.Gaussian(rng);
        }

        var data = TestData.Columns(("t", t), ("y", y), ("x1", x1), ("x2", x2));
        var result = EffectEstimator.Estimate(data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm }).Value!;

        Assert.Empty(result.BalanceWarnings);
        Assert.Equal(Verdict.Works, result.Verdict);
        Assert.True(result.Settings!.Replace);
        Assert.Equal(0.2, result.Settings.Caliper);
        Assert.NotNull(result.RosenbaumGamma);
        Assert.True(result.EValue > result.EValueCi && result.EValueCi > 1);
    }
}
