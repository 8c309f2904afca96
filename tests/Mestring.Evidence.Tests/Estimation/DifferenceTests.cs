using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

public sealed class DifferenceTests
{
    [Fact]
    public void Difference_TinyData_IsExactWithWelchSe()
    {
        var data = TestData.Columns(("t", [1, 1, 1, 0, 0]), ("y", [3, 5, 7, 1, 2]));

        var result = EffectEstimator.Estimate(data, new("t", "y", [])).Value!;

        // 5 − 1.5; Welch SE √(4/3 + 0.5/2).
        Assert.Equal(3.5, result.Estimate, 12);
        Assert.Equal(Math.Sqrt(4.0 / 3 + 0.25), result.Se, 12);
        Assert.Equal(result.Estimate - 1.959963984540054 * result.Se, result.CiLow, 12);
        Assert.Equal(Verdict.TooFewData, result.Verdict);
    }

    [Fact]
    public void Difference_PooledVariance_UsesEqualVarianceFormula()
    {
        var data = TestData.Columns(("t", [1, 1, 1, 0, 0]), ("y", [3, 5, 7, 1, 2]));

        var result = EffectEstimator.Estimate(data, new("t", "y", []) { PooledVariance = true }).Value!;

        // s² = (8 + 0.5)/3, SE = √(s²(1/3 + 1/2)).
        Assert.Equal(Math.Sqrt(8.5 / 3 * (1.0 / 3 + 0.5)), result.Se, 12);
        Assert.Equal("pooled", result.SeMethod);
    }

    [Fact]
    public void Regression_WithoutCovariates_EqualsDifferenceInMeans()
    {
        var data = TestData.Columns(("t", [1, 1, 1, 0, 0, 0]), ("y", [3, 5, 7, 1, 2, 4]));

        var regression = EffectEstimator.Estimate(data, new("t", "y", []) { Method = EstimationMethod.Regression }).Value!;

        Assert.Equal(5 - 7.0 / 3, regression.Estimate, 10);
    }
}
