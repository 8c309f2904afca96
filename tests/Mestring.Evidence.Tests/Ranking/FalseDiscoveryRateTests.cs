using Mestring.Evidence.Ranking;

namespace Mestring.Evidence.Tests.Ranking;

public sealed class FalseDiscoveryRateTests
{
    [Fact]
    public void QValues_HandExample_MatchesRPAdjustBH()
    {
        // Sorted p: 0.005, 0.01, 0.03, 0.04 → 4p/rank: 0.02, 0.02, 0.04, 0.04 (R: p.adjust(…, "BH")).
        var q = FalseDiscoveryRate.QValues([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.02, 0.04, 0.04, 0.02], q.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void QValues_AreMonotoneInPAndCappedAtOne()
    {
        var q = FalseDiscoveryRate.QValues([0.9, 0.5, 0.001, 0.95]);

        Assert.All(q, v => Assert.InRange(v, 0, 1));
        Assert.Equal(0.004, q[2], 12);
        Assert.Equal(0.95, q[3], 12);
    }

    [Fact]
    public void PValue_OfEstimateAndSe_IsTwoSided()
    {
        Assert.Equal(0.05, FalseDiscoveryRate.PValue(1.959963984540054, 1), 10);
    }
}
