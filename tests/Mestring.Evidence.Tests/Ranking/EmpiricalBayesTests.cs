using Mestring.Evidence.Ranking;

namespace Mestring.Evidence.Tests.Ranking;

public sealed class EmpiricalBayesTests
{
    [Theory]
    [InlineData(TauEstimator.Reml)]
    [InlineData(TauEstimator.MethodOfMoments)]
    public void Shrink_SmallGroupWithSameRawEstimate_IsPulledHarderToTheMean(TauEstimator tau)
    {
        double[] estimates = [10, 10, 0, 1, 2, 3, -1];
        double[] se = [1, 8, 1, 1, 1, 1, 1];

        var result = EmpiricalBayes.Shrink(estimates, se, tau);

        var big = result.Groups[0];
        var small = result.Groups[1];
        Assert.True(small.ShrinkageFactor > big.ShrinkageFactor);
        Assert.True(Math.Abs(small.Shrunken - result.Mean) < Math.Abs(big.Shrunken - result.Mean));
        Assert.True(small.PosteriorSe < small.RawSe);
    }

    [Fact]
    public void Shrink_NoHeterogeneity_PullsEveryoneToTheMean()
    {
        var result = EmpiricalBayes.Shrink([1.0, 1.0, 1.0, 1.0], [1, 2, 1, 3]);

        Assert.Equal(0, result.Tau2);
        Assert.All(result.Groups, g => Assert.Equal(1.0, g.Shrunken, 12));
    }

    [Fact]
    public void Shrink_MethodOfMoments_MatchesHandComputedDerSimonianLaird()
    {
        // y = 0, 2, 4 with v = 1: μ = 2, Q = 8, Σw − Σw²/Σw = 3 − 1 = 2 → τ² = (8 − 2)/2 = 3; B = 1/4.
        var result = EmpiricalBayes.Shrink([0.0, 2.0, 4.0], [1, 1, 1], TauEstimator.MethodOfMoments);

        Assert.Equal(3, result.Tau2, 12);
        Assert.Equal(0.25, result.Groups[0].ShrinkageFactor, 12);
        Assert.Equal(0.5, result.Groups[0].Shrunken, 12);
    }

    [Fact]
    public void Shrink_Reml_EqualVariances_EqualsUnbiasedMomentEstimate()
    {
        // With equal sᵢ², REML τ² = sample variance of y − s² = 4 − 1 = 3.
        var result = EmpiricalBayes.Shrink([0.0, 2.0, 4.0], [1, 1, 1], TauEstimator.Reml);

        Assert.Equal(3, result.Tau2, 8);
    }
}
