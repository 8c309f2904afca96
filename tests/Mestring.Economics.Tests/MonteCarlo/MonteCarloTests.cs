using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.Economics.MonteCarlo;

namespace Mestring.Economics.Tests.MonteCarlo;

public class MonteCarloTests
{
    [Fact]
    public void Draws_AreBitIdenticalForOneTwoAndFourThreads()
    {
        var c = TestCases.Large();

        var one = MonteCarloSimulator.SimulateNpv(c, 20_000, seed: 42, threads: 1);
        var two = MonteCarloSimulator.SimulateNpv(c, 20_000, seed: 42, threads: 2);
        var four = MonteCarloSimulator.SimulateNpv(c, 20_000, seed: 42, threads: 4);

        Assert.Equal(one.Select(BitConverter.DoubleToInt64Bits), two.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(one.Select(BitConverter.DoubleToInt64Bits), four.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Summary_IsBitIdenticalAcrossThreadCounts()
    {
        var c = TestCases.SpecCase();

        var one = MonteCarloSimulator.Run(c, 5_000, 7, threads: 1);
        var three = MonteCarloSimulator.Run(c, 5_000, 7, threads: 3);

        Assert.Equal(one with { Histogram = null }, three with { Histogram = null });
        Assert.Equal(one.Histogram!.Counts, three.Histogram!.Counts);
    }

    [Fact]
    public void SameSeed_GivesSameNumbers_AndAnotherSeedDifferentOnes()
    {
        var c = TestCases.SpecCase();

        var a = MonteCarloSimulator.Run(c, 2_000, 1);
        var b = MonteCarloSimulator.Run(c, 2_000, 1);
        var other = MonteCarloSimulator.Run(c, 2_000, 2);

        Assert.Equal(a.MeanNpv, b.MeanNpv);
        Assert.Equal(a.P05, b.P05);
        Assert.NotEqual(a.MeanNpv, other.MeanNpv);
    }

    [Fact]
    public void DrawI_DoesNotDependOnHowManyDrawsAreMade()
    {
        var c = TestCases.SpecCase();

        var short_ = MonteCarloSimulator.SimulateNpv(c, 100, 9);
        var long_ = MonteCarloSimulator.SimulateNpv(c, 1000, 9, threads: 2);

        Assert.Equal(short_, long_.Take(100));
    }

    [Fact]
    public void SpecExample_WithSeed1_KeepsItsPinnedResult()
    {
        // Pins the random streams: if this changes, results saved for politicians can no longer be
        // reproduced — bump EngineInfo.Version and update the figures deliberately.
        var mc = MonteCarloSimulator.Run(TestCases.SpecCase(), 10_000, 1);

        Assert.Equal(10_000, mc.Draws);
        Assert.Equal(1, mc.Seed);
        Assert.Equal(PinnedSpecMean, mc.MeanNpv, 1e-6);
        Assert.Equal(PinnedSpecP05, mc.P05, 1e-6);
    }

    [Fact]
    public void WithoutStandardErrors_EveryDrawEqualsTheDeterministicNpv()
    {
        var c = TestCases.SpecCase();
        var fixedCase = c with
        {
            Outcomes = c.Outcomes.Select(o => o with { Prices = o.Prices.Select(p => p with { Se = null }).ToArray() }).ToArray(),
            Effects = c.Effects.Select(e => e with { Se = null }).ToArray(),
        };
        var npv = InvestmentEngine.Npv(fixedCase);

        var mc = MonteCarloSimulator.Run(fixedCase, 500, 3);

        Assert.Equal(npv, mc.MeanNpv, 1e-6);
        Assert.Equal(npv, mc.P05, 1e-6);
        Assert.Equal(npv, mc.P95, 1e-6);
        Assert.Equal(1.0, mc.ProbabilityPositive);
    }

    [Fact]
    public void MeanNpv_ConvergesToTheDeterministicNpv()
    {
        // Independent normal parameters enter as products of independent terms, so E[NPV] is the NPV at the means.
        var c = TestCases.SpecCase();

        var mc = MonteCarloSimulator.Run(c, 40_000, 11, threads: 2);

        Assert.Equal(InvestmentEngine.Npv(c), mc.MeanNpv, 4 * mc.SdNpv / Math.Sqrt(mc.Draws));
        Assert.True(mc.P05 < mc.P50 && mc.P50 < mc.P95);
        Assert.InRange(mc.ProbabilityPositive, 0.5, 1.0);
    }

    [Fact]
    public void ProbabilityPositive_IsTheShareOfDrawsAboveZero()
    {
        var c = TestCases.SpecCase();
        var draws = MonteCarloSimulator.SimulateNpv(c, 3_000, 5);

        var mc = MonteCarloSimulator.Summarise(draws, 5);

        Assert.Equal(draws.Count(d => d > 0) / 3000.0, mc.ProbabilityPositive);
        Assert.Equal(draws.Average(), mc.MeanNpv, 1e-6);
        Assert.Equal(3_000, mc.Histogram!.Counts.Sum());
    }

    [Fact]
    public void EngineEvaluate_LeavesMonteCarloNullWithoutDraws()
    {
        Assert.Null(InvestmentEngine.Evaluate(TestCases.Small()).MonteCarlo);
        Assert.NotNull(InvestmentEngine.Evaluate(TestCases.Small(), new EvaluationOptions { Draws = 10 }).MonteCarlo);
    }

    [Fact]
    public void InvalidOptions_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InvestmentEngine.Evaluate(TestCases.Small(), new EvaluationOptions { Draws = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => InvestmentEngine.Evaluate(TestCases.Small(), new EvaluationOptions { Draws = 1, Threads = 0 }));
    }

    internal const double PinnedSpecMean = 15769269.943796398;
    internal const double PinnedSpecP05 = 8614554.4256043639;
}
