using Mestring.Evidence.Sensitivity;

namespace Mestring.Evidence.Tests.Sensitivity;

/// <summary>
/// Rosenbaum's textbook example (Observational Studies, 2nd ed., 2002, §4.3): blood lead of 33 children whose parent
/// worked in a battery factory, each matched to a control child (Morton et al. 1982). The upper bounds on the one-sided
/// p-value of Wilcoxon's signed-rank test are 0.0018, 0.013, 0.037, 0.069 and 0.107 at Γ = 2–6 (as R's rbounds::psens).
/// </summary>
public sealed class RosenbaumBoundsTests
{
    private static readonly double[] Exposed = [38, 23, 41, 18, 37, 36, 23, 62, 31, 34, 24, 14, 21, 17, 16, 20, 15, 10, 45, 39, 22, 35, 49, 48, 44, 35, 43, 39, 34, 13, 73, 25, 27];
    private static readonly double[] Control = [16, 18, 18, 24, 19, 11, 10, 15, 16, 18, 18, 13, 19, 10, 16, 16, 24, 13, 9, 14, 21, 19, 7, 18, 19, 12, 11, 22, 25, 16, 13, 11, 13];

    private static double[] Differences => [.. Exposed.Zip(Control, (a, b) => a - b)];

    [Theory]
    [InlineData(2, 0.0018)]
    [InlineData(3, 0.0131)]
    [InlineData(4, 0.0367)]
    [InlineData(5, 0.0694)]
    [InlineData(6, 0.1074)]
    public void LeadExample_UpperBoundPValues_MatchTheTextbook(double gamma, double expected) =>
        Assert.Equal(expected, RosenbaumBounds.UpperPValue(Differences, gamma), 4);

    [Fact]
    public void LeadExample_StaysSignificantAtFivePercentUpToGammaAbout44()
    {
        var gamma = RosenbaumBounds.Gamma(Differences, alpha: 0.05)!.Value;

        Assert.InRange(gamma, 4.25, 4.5); // significant at Γ = 4 (0.037), no longer at Γ = 5 (0.069)
        Assert.True(RosenbaumBounds.Gamma(Differences, alpha: 0.025) < gamma);
    }

    [Fact]
    public void NoEffect_HasNoGamma()
    {
        double[] balanced = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5];

        Assert.Null(RosenbaumBounds.Gamma(balanced));
    }
}
