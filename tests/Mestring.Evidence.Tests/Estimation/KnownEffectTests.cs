using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

public sealed class KnownEffectTests
{
    private const double TrueEffect = 2.0;
    private static readonly Mestring.Evidence.Data.Dataset Data = TestData.KnownEffect(4000, 11);

    public static TheoryData<EstimationMethod, Estimand> AdjustingMethods() => new()
    {
        { EstimationMethod.Regression, Estimand.Att },
        { EstimationMethod.Regression, Estimand.Ate },
        { EstimationMethod.Psm, Estimand.Att },
        { EstimationMethod.Psm, Estimand.Ate },
        { EstimationMethod.Ipw, Estimand.Att },
        { EstimationMethod.Ipw, Estimand.Ate },
        { EstimationMethod.Aipw, Estimand.Att },
        { EstimationMethod.Aipw, Estimand.Ate },
    };

    [Theory]
    [MemberData(nameof(AdjustingMethods))]
    public void Method_OnConfoundedDgp_RecoversTrueEffectWithinCi(EstimationMethod method, Estimand estimand)
    {
        // Caliper 0.2 SD (the usual recommendation): without it greedy 1:1 matching must pair high-PS treated with
        // distant controls when controls are scarce, which biases the ATT.
        var result = EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"]) { Method = method, Estimand = estimand, Caliper = 0.2 });

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.InRange(TrueEffect, result.Value.CiLow, result.Value.CiHigh);
        Assert.InRange(result.Value.Estimate, 1.7, 2.3);
        Assert.Equal(Verdict.Works, result.Value.Verdict);
    }

    [Fact]
    public void Difference_OnConfoundedDgp_IsBiasedAndExcludesTruth()
    {
        var result = EffectEstimator.Estimate(Data, new("t", "y", []));

        Assert.True(result.Value!.CiLow > TrueEffect);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(true, 3)]
    [InlineData(false, 2)]
    public void Psm_WithCaliperReplacementAndRatio_RecoversTrueEffect(bool replace, int ratio)
    {
        var result = EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Replace = replace, Ratio = ratio, Caliper = 0.2 });

        Assert.InRange(TrueEffect, result.Value!.CiLow, result.Value.CiHigh);
        Assert.StartsWith("abadie-imbens", result.Value.SeMethod, StringComparison.Ordinal);
    }

    [Fact]
    public void Psm_Matching_ImprovesBalance()
    {
        var result = EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Caliper = 0.2 });

        foreach (var b in result.Value!.Balance)
        {
            Assert.True(Math.Abs(b.SmdBefore) > 0.3);
            Assert.True(Math.Abs(b.SmdAfter!.Value) < Math.Abs(b.SmdBefore) / 3, $"{b.Covariate}: {b.SmdAfter}");
        }
    }

    [Fact]
    public void Ipw_Weighting_ImprovesBalance()
    {
        var result = EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Ipw });

        Assert.All(result.Value!.Balance, b => Assert.True(Math.Abs(b.SmdAfter!.Value) < 0.05));
    }

    [Fact]
    public void Did_WithUnobservedLevelDifference_RecoversEffectWhereOthersFail()
    {
        var data = TestData.BeforeAfter(4000, 5);

        var did = EffectEstimator.Estimate(data, new("t", "y", []) { Method = EstimationMethod.Did, PreOutcome = "pre" });
        var didCovariates = EffectEstimator.Estimate(data, new("t", "y", ["x1"]) { Method = EstimationMethod.Did, PreOutcome = "pre" });
        var regression = EffectEstimator.Estimate(data, new("t", "y", ["x1"]) { Method = EstimationMethod.Regression });

        Assert.InRange(TrueEffect, did.Value!.CiLow, did.Value.CiHigh);
        Assert.InRange(TrueEffect, didCovariates.Value!.CiLow, didCovariates.Value.CiHigh);
        Assert.True(regression.Value!.CiLow > TrueEffect);
    }

    [Fact]
    public void Regression_Additive_RecoversConstantEffect()
    {
        var result = EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Regression, Regression = RegressionSpecification.Additive });

        Assert.InRange(TrueEffect, result.Value!.CiLow, result.Value.CiHigh);
    }

    [Fact]
    public void Ipw_Trimming_DropsExtremeScoresAndSaysSo()
    {
        var result = EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Ipw, TrimLow = 0.1, TrimHigh = 0.9 });

        Assert.True(result.Value!.NUsed < 4000);
        Assert.Contains(result.Value.Warnings, w => w.Contains("trimmed"));
    }
}
