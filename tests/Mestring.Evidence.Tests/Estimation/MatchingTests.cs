using Mestring.Evidence.Estimation;
using Mestring.Evidence.Estimation.Methods;

namespace Mestring.Evidence.Tests.Estimation;

public sealed class MatchingTests
{
    // Rows 0–1 treated at logits 0.0 and 0.1; rows 2–4 controls at 0.05, 0.5 and 1.0.
    private static readonly double[] Logit = [0.0, 0.1, 0.05, 0.5, 1.0];
    private static readonly int[] Treated = [0, 1];
    private static readonly int[] Controls = [2, 3, 4];

    [Fact]
    public void WithoutReplacement_LargestFirst_TakesNearestThenNextAvailable()
    {
        var table = NearestNeighbourMatcher.Match(Logit, Treated, Controls, 1, false, double.PositiveInfinity, MatchOrder.Largest);

        Assert.Equal(2, table.Slots[1]); // Treated 0.1 goes first and takes 0.05.
        Assert.Equal(3, table.Slots[0]); // Treated 0.0 gets the next available, 0.5.
    }

    [Fact]
    public void WithoutReplacement_SmallestFirst_ChangesWhoGetsTheCloseControl()
    {
        var table = NearestNeighbourMatcher.Match(Logit, Treated, Controls, 1, false, double.PositiveInfinity, MatchOrder.Smallest);

        Assert.Equal(2, table.Slots[0]);
        Assert.Equal(3, table.Slots[1]);
    }

    [Fact]
    public void WithReplacement_BothTreatedTakeTheSameNearestControl()
    {
        var table = NearestNeighbourMatcher.Match(Logit, Treated, Controls, 1, true, double.PositiveInfinity, MatchOrder.Largest);

        Assert.Equal([2, 2], table.Slots);
    }

    [Fact]
    public void Caliper_UnitWithoutControlWithinWidth_IsLeftUnmatched()
    {
        var table = NearestNeighbourMatcher.Match(Logit, Treated, Controls, 1, false, 0.2, MatchOrder.Largest);

        Assert.Equal(2, table.Slots[1]);
        Assert.Equal(-1, table.Slots[0]); // 0.5 is 0.5 away: beyond the caliper.
    }

    [Fact]
    public void Ratio2_WithReplacement_TakesTheTwoNearest()
    {
        var table = NearestNeighbourMatcher.Match(Logit, Treated, Controls, 2, true, double.PositiveInfinity, MatchOrder.Data);

        Assert.Equal([2, 3], table.Slots[..2]);
        Assert.Equal(2, table.CountFor(0));
    }

    [Fact]
    public void Ratio2_WithoutReplacement_NeverReusesAControl()
    {
        var table = NearestNeighbourMatcher.Match(Logit, Treated, Controls, 2, false, double.PositiveInfinity, MatchOrder.Largest);

        var used = table.Slots.Where(s => s >= 0).ToArray();
        Assert.Equal(used.Length, used.Distinct().Count());
        Assert.Equal(3, used.Length);
    }

    [Fact]
    public void WithoutReplacement_LargePool_EveryMatchIsTheNearestAvailableAtItsTurn()
    {
        var rng = new Random(3);
        var logit = Enumerable.Range(0, 400).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var treated = Enumerable.Range(0, 100).ToArray();
        var controls = Enumerable.Range(100, 300).ToArray();

        var table = NearestNeighbourMatcher.Match(logit, treated, controls, 1, false, double.PositiveInfinity, MatchOrder.Data);

        var available = new HashSet<int>(controls);
        for (int f = 0; f < treated.Length; f++)
        {
            double best = available.Min(c => Math.Abs(logit[c] - logit[treated[f]]));
            Assert.Equal(best, Math.Abs(logit[table.Slots[f]] - logit[treated[f]]), 12);
            available.Remove(table.Slots[f]);
        }
    }

    [Fact]
    public void Psm_OneToOneWithoutReplacement_SeEqualsPairedDifferenceSe()
    {
        var data = TestData.KnownEffect(600, 2);

        var result = EffectEstimator.Estimate(data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Replace = false }).Value!;

        Assert.Equal(result.NTreatedUsed, result.NControlUsed);
        Assert.True(result.Se > 0.05 && result.Se < 0.5);
    }

    [Fact]
    public void Psm_Ate_UsesReplacementAndTellsTheAnalyst()
    {
        var data = TestData.KnownEffect(600, 2);

        var result = EffectEstimator.Estimate(data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Estimand = Estimand.Ate, Replace = false, Caliper = null }).Value!;

        Assert.Contains(result.Warnings, w => w.Contains("with replacement"));
        Assert.Equal(600, result.NUsed);
    }

    [Fact]
    public void Psm_Caliper_DropsTreatedAndReportsIt()
    {
        var data = TestData.KnownEffect(600, 2);

        var result = EffectEstimator.Estimate(data, new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Caliper = 0.01 }).Value!;

        Assert.True(result.NTreatedUsed < result.NTreated);
        Assert.Contains(result.Warnings, w => w.Contains("no match within the caliper"));
    }
}
