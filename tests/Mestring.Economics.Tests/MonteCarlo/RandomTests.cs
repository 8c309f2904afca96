using Mestring.Economics.MonteCarlo;
using Mestring.Numerics;

namespace Mestring.Economics.Tests.MonteCarlo;

public class RandomTests
{
    [Fact]
    public void SplitMix64_MatchesReferenceOutputForSeedZero()
    {
        // Reference values of splitmix64.c (Vigna) started from 0.
        ulong state = 0;

        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, SplitMix64.Next(ref state));
        Assert.Equal(0x06C45D188009454FUL, SplitMix64.Next(ref state));
    }

    [Fact]
    public void Xoshiro_IsReproducibleAndStreamsDiffer()
    {
        var a = Xoshiro256StarStar.ForStream(1, 0);
        var b = Xoshiro256StarStar.ForStream(1, 0);
        var c = Xoshiro256StarStar.ForStream(1, 1);

        var first = a.NextUInt64();
        Assert.Equal(first, b.NextUInt64());
        Assert.NotEqual(first, c.NextUInt64());
    }

    [Fact]
    public void NextDouble_IsInUnitInterval_WithMeanOneHalf()
    {
        var random = new Xoshiro256StarStar(123);
        var sum = 0.0;
        for (var i = 0; i < 100_000; i++)
        {
            var u = random.NextDouble();
            Assert.InRange(u, 0, 0.9999999999999999);
            sum += u;
        }

        Assert.Equal(0.5, sum / 100_000, 0.005);
    }

    [Fact]
    public void NormalSampler_HasMeanZeroAndVarianceOne()
    {
        var normal = new NormalSampler(new Xoshiro256StarStar(2024));
        const int n = 200_000;
        double sum = 0, squares = 0, beyond196 = 0;
        for (var i = 0; i < n; i++)
        {
            var z = normal.Next();
            sum += z;
            squares += z * z;
            beyond196 += Math.Abs(z) > 1.96 ? 1 : 0;
        }

        Assert.Equal(0, sum / n, 0.01);
        Assert.Equal(1, squares / n, 0.01);
        Assert.Equal(0.05, beyond196 / n, 0.003);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(1e-300)]
    [InlineData(5e-324)]
    [InlineData(0.9999999)]
    [InlineData(1.4142)]
    [InlineData(123456.789)]
    [InlineData(1e300)]
    public void DeterministicLog_AgreesWithMathLog(double x)
    {
        var expected = Math.Log(x);

        Assert.Equal(expected, DeterministicMath.Log(x), Math.Max(1e-300, Math.Abs(expected) * 1e-15));
    }

    [Fact]
    public void DeterministicLog_AgreesWithMathLogOnManyValues()
    {
        var random = new Xoshiro256StarStar(5);
        for (var i = 0; i < 10_000; i++)
        {
            var x = random.NextDouble() + 1e-12;
            Assert.Equal(Math.Log(x), DeterministicMath.Log(x), Math.Abs(Math.Log(x)) * 1e-15 + 1e-18);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(-5.9)]
    [InlineData(1.0)]
    [InlineData(-700.0)]
    [InlineData(700.0)]
    [InlineData(-0.3465)]
    public void DeterministicExp_AgreesWithMathExp(double x) =>
        Assert.Equal(Math.Exp(x), DeterministicMath.Exp(x), Math.Exp(x) * 1e-15);

    [Fact]
    public void DeterministicExp_HandlesTheExtremes()
    {
        Assert.Equal(0, DeterministicMath.Exp(-800));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(800));
        Assert.True(DeterministicMath.Exp(-740) > 0);
    }

    [Fact]
    public void NormalSampler_HasNormalTails()
    {
        var normal = new NormalSampler(new Xoshiro256StarStar(99));
        const int n = 400_000;
        int beyond3 = 0, beyond344 = 0;
        for (var i = 0; i < n; i++)
        {
            var z = Math.Abs(normal.Next());
            beyond3 += z > 3 ? 1 : 0;
            beyond344 += z > 3.442619855899 ? 1 : 0;
        }

        // P(|Z| > 3) = 0.0026998, P(|Z| > 3.4426) = 0.000576: the tail branch must be exercised and right.
        Assert.Equal(0.0027, (double)beyond3 / n, 0.0004);
        Assert.Equal(0.000576, (double)beyond344 / n, 0.00015);
    }

    [Theory]
    [InlineData(0.05, 1.15)]
    [InlineData(0.50, 2.5)]
    [InlineData(0.95, 3.85)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    public void Type7Percentile_InterpolatesBetweenOrderStatistics(double p, double expected) =>
        Assert.Equal(expected, Percentiles.Type7([1.0, 2, 3, 4], p), 1e-12);
}
