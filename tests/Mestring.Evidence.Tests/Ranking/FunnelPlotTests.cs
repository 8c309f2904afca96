using Mestring.Evidence.Ranking;

namespace Mestring.Evidence.Tests.Ranking;

public sealed class FunnelPlotTests
{
    [Fact]
    public void Limits_AtSeOne_Are196And309AroundTarget()
    {
        var limits = FunnelPlot.Limits(10, 1);

        Assert.Equal(10 - 1.959964, limits.Lower95, 5);
        Assert.Equal(10 + 3.090232, limits.Upper998, 5);
    }

    [Fact]
    public void Curve_NarrowsAsSampleSizeGrows()
    {
        var curve = FunnelPlot.Curve(0, 2, 5, 500);

        Assert.True(curve[0].Limits.Upper95 > curve[^1].Limits.Upper95);
        Assert.Equal(2 / Math.Sqrt(500), curve[^1].Limits.StandardError, 10);
    }
}
