using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.Economics.Sensitivity;

namespace Mestring.Economics.Tests.Sensitivity;

public class SensitivityTests
{
    [Fact]
    public void Tornado_HasOneBarPerParameter_SortedBySwing()
    {
        var c = TestCases.SpecCase();

        var bars = SensitivityAnalysis.Tornado(c);

        // participants, successRate, deadweight, discountRate, 2 costs, 2 unit costs, 2 effects, 2 baselines
        Assert.Equal(12, bars.Count);
        Assert.Equal(bars.OrderByDescending(b => b.Swing).Select(b => b.Swing), bars.Select(b => b.Swing));
        Assert.Contains(bars, b => b.Path == "$.outcomes[0].prices[0].unitCost");
        Assert.Contains(bars, b => b.Path == "$.effects[1].relativeChange");
        Assert.Contains(bars, b => b.Path == "$.outcomes[1].baselinePerParticipant");
        Assert.Contains(bars, b => b.Path == "$.costs[1].perParticipant");
    }

    [Fact]
    public void Tornado_UsesOnePointNineSixSe_WhereThereIsAnSe()
    {
        var bar = SensitivityAnalysis.Tornado(TestCases.SpecCase()).Single(b => b.Path == "$.effects[0].relativeChange");

        Assert.Equal("se", bar.Basis);
        Assert.Equal(-0.6 - 1.96 * 0.12, bar.Low, 1e-12);
        Assert.Equal(-0.6 + 1.96 * 0.12, bar.High, 1e-12);
    }

    [Fact]
    public void Tornado_UsesTwentyFivePercent_WithoutSe_AndKeepsRatesInsideZeroToOne()
    {
        var bars = SensitivityAnalysis.Tornado(TestCases.SpecCase() with { SuccessRate = 0.9 });

        var participants = bars.Single(b => b.Parameter == "participants");
        Assert.Equal(("percent", 30.0, 50.0), (participants.Basis, participants.Low, participants.High));
        var success = bars.Single(b => b.Parameter == "successRate");
        Assert.Equal((0.675, 1.0), (success.Low, success.High));
    }

    [Fact]
    public void Tornado_NpvAtLowAndHigh_MatchesRecomputingTheCase()
    {
        var c = TestCases.SpecCase();

        var bar = SensitivityAnalysis.Tornado(c).Single(b => b.Parameter == "participants");

        Assert.Equal(InvestmentEngine.Npv(c with { Participants = 30 }), bar.NpvLow, 1e-6);
        Assert.Equal(InvestmentEngine.Npv(c with { Participants = 50 }), bar.NpvHigh, 1e-6);
    }

    [Fact]
    public void BreakEvenSuccessRate_GivesNpvZero()
    {
        var c = TestCases.SpecCase();

        var rate = SensitivityAnalysis.BreakEvenSuccessRate(c);

        Assert.NotNull(rate);
        Assert.InRange(rate.Value, 0, 0.7);
        Assert.Equal(0, InvestmentEngine.Npv(c with { SuccessRate = rate.Value }), 1e-4);
    }

    [Fact]
    public void BreakEvenSuccessRate_MatchesHandComputation()
    {
        // Small case: NPV(s) = s/0.5 · PVB(0.5) − 10000 with PVB(0.5) = 4800/1.1 + 4320/1.21.
        var pvbAtOne = (4800 / 1.1 + 4320 / 1.21) / 0.5;

        Assert.Equal(10000 / pvbAtOne, SensitivityAnalysis.BreakEvenSuccessRate(TestCases.Small())!.Value, 1e-12);
    }

    [Fact]
    public void BreakEvenSuccessRate_IsNull_WhenEvenFullSuccessDoesNotPay()
    {
        var c = TestCases.Small() with { Costs = [new CostLine("k", 0, 0, 1_000_000)] };

        Assert.Null(SensitivityAnalysis.BreakEvenSuccessRate(c));
    }

    [Fact]
    public void BreakEvenSuccessRate_IsNull_WhenThereIsNoEffect()
    {
        var c = TestCases.Small() with { Effects = [] };

        Assert.Null(SensitivityAnalysis.BreakEvenSuccessRate(c));
    }
}
