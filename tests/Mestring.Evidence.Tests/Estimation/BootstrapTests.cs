using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

public sealed class BootstrapTests
{
    private static readonly Mestring.Evidence.Data.Dataset Data = TestData.KnownEffect(500, 4);

    [Theory]
    [InlineData(EstimationMethod.Difference)]
    [InlineData(EstimationMethod.Psm)]
    [InlineData(EstimationMethod.Aipw)]
    public void Bootstrap_SameSeed_IsIdenticalForAnyThreadCount(EstimationMethod method)
    {
        EstimationResult Run(int threads) => EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"])
        {
            Method = method, BootstrapReplicates = 60, Seed = 99, MaxDegreeOfParallelism = threads,
        }).Value!;

        var one = Run(1);
        var four = Run(4);

        Assert.Equal(one.Se, four.Se);
        Assert.Equal(one.CiLow, four.CiLow);
        Assert.Equal(one.CiHigh, four.CiHigh);
        Assert.Equal("bootstrap", one.SeMethod);
    }

    [Fact]
    public void Bootstrap_DifferentSeed_GivesDifferentButSimilarSe()
    {
        EstimationResult Run(long seed) => EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"])
        {
            Method = EstimationMethod.Regression, BootstrapReplicates = 200, Seed = seed,
        }).Value!;

        var a = Run(1);
        var b = Run(2);

        Assert.NotEqual(a.Se, b.Se);
        Assert.InRange(a.Se / b.Se, 0.75, 1.33);
    }

    [Fact]
    public void Bootstrap_Se_IsCloseToAnalyticalSe()
    {
        var analytical = EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Regression }).Value!;
        var bootstrap = EffectEstimator.Estimate(Data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Regression, BootstrapReplicates = 400, Seed = 7 }).Value!;

        Assert.InRange(bootstrap.Se / analytical.Se, 0.8, 1.25);
        Assert.Equal(analytical.Estimate, bootstrap.Estimate);
    }
}
